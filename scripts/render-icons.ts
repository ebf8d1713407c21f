// `npm run icons`: renders public/icon.svg, the one drawing of the app's icon, into the raster
// files browsers and home screens ask for. Chromium draws them, so no image library is needed;
// rerun after changing the SVG and commit the outputs.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_LAUNCH_OPTIONS } from "../tests/e2e/chromium";

const PUBLIC = path.resolve("public");
/** The icon's background, painted behind the drawing where a platform wants a full square. */
const BACKGROUND = "#111827";

/** An .ico holding PNG images (valid since Windows Vista, read by every current browser). */
function icoOf(pngs: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2); // type 1: icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size % 256, 0); // 0 means 256
    entry.writeUInt8(size % 256, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs.map((png) => png.data)]);
}

const svg = readFileSync(path.join(PUBLIC, "icon.svg"), "utf8");
const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
try {
  const page = await browser.newPage();
  /** The SVG drawn at `size` pixels; `square` fills the rounded corners, as home screens mask their own. */
  const render = async (size: number, square: boolean): Promise<Buffer> => {
    await page.setViewportSize({ width: size, height: size });
    const background = square ? BACKGROUND : "transparent";
    await page.setContent(
      `<body style="margin:0;background:${background}"><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}" width="${size}" height="${size}" style="display:block"></body>`,
    );
    return page.screenshot({ omitBackground: !square, type: "png" });
  };
  writeFileSync(path.join(PUBLIC, "favicon.ico"), icoOf([{ size: 32, data: await render(32, false) }, { size: 16, data: await render(16, false) }]));
  writeFileSync(path.join(PUBLIC, "apple-touch-icon.png"), await render(180, true));
  writeFileSync(path.join(PUBLIC, "icon-192.png"), await render(192, true));
  writeFileSync(path.join(PUBLIC, "icon-512.png"), await render(512, true));
} finally {
  await browser.close();
}
