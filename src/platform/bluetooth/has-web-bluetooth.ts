/** True where the browser has Web Bluetooth; cheap, so it can answer before the strap code loads. */
export function hasWebBluetooth(): boolean {
  return typeof navigator !== 'undefined' && 'bluetooth' in navigator;
}
