/**
 * How the calendar QR codes are drawn: one VEVENT per code. Error correction
 * M (15 %) keeps a code readable from a slightly dirty or curved phone screen
 * while the largest event (two languages, Arabic script) stays small enough
 * to scan; tests/components/nareis.test.tsx decodes them at the drawn size.
 */
export const EVENT_QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

/** The size the code is shown at (CSS px): big enough for a phone at arm's length. */
export const EVENT_QR_SIZE = 280;

export async function eventQrSvg(text: string): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  return QRCode.toString(text, { type: 'svg', ...EVENT_QR_OPTIONS });
}
