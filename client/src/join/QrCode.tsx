import { useEffect, useState } from "react";
import "./join.css";

/** The QR code of `url` as an SVG data URL; the library loads only when a code is shown. */
async function qrDataUrl(url: string): Promise<string> {
  const qrcode = await import("qrcode");
  const svg = await qrcode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** A QR code a phone's camera opens `url` from, named `label` for everyone else. */
export function QrCode({ url, label }: { url: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    qrDataUrl(url).then(
      (next) => current && setSrc(next),
      () => current && setSrc(null),
    );
    return () => {
      current = false;
    };
  }, [url]);
  if (!src) return <span className="qr qr-pending" role="img" aria-label={label} />;
  return <img className="qr" src={src} alt={label} />;
}
