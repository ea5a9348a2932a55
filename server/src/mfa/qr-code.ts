import QRCode from "qrcode";

/**
 * Drawn in-process: the otpauth URI carries the shared secret, so it must never be sent to a
 * third-party chart or QR service (OWASP ASVS 5.0 14.2.3). Level M survives a smudged or
 * partly glared screen, and the 4-module quiet zone is the minimum ISO/IEC 18004 asks for.
 */
export function renderQrCodeDataUrl(uri: string): Promise<string> {
  return QRCode.toDataURL(uri, {
    type: "image/png",
    errorCorrectionLevel: "M",
    margin: 4,
    scale: 6,
  });
}
