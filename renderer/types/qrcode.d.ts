/**
 * The part of `qrcode` the renderer uses, typed without Node: `@types/qrcode` pulls in Node's types
 * (for its stream and file functions), which the web config keeps out (tsconfig.web.json → paths).
 */
declare const QRCode: {
  toString(
    text: string,
    options: { type: 'svg'; errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H'; margin?: number; width?: number },
  ): Promise<string>;
};
export default QRCode;
