/** Kiosk defaults, apart from the zod schema so the UI can use them without loading zod. */
export const DEFAULT_IDLE_SECONDS = 180;
export const DEFAULT_COUNTDOWN_SECONDS = 30;
