package org.journalkg.serve;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A screenshot as a small PNG: the page's 256 most frequent colours as a palette, every other
 * colour drawn in its nearest. A page is mostly flat colour and text, so this keeps it legible
 * at a third of the size of the browser's full-colour PNG.
 */
final class PalettePng {

    private PalettePng() { }

    static byte[] of(BufferedImage image) throws IOException {
        int w = image.getWidth(), h = image.getHeight();
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                counts.merge(image.getRGB(x, y) & 0xffffff, 1, Integer::sum);
            }
        }
        int[] palette = counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(256)
                .mapToInt(Map.Entry::getKey).toArray();
        byte[] r = new byte[palette.length], g = new byte[palette.length], b = new byte[palette.length];
        for (int i = 0; i < palette.length; i++) {
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(8, palette.length, r, g, b));
        Map<Integer, Integer> nearest = new HashMap<>();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                out.getRaster().setSample(x, y, 0, nearest.computeIfAbsent(rgb, c -> closest(palette, c)));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(out, "png", bytes);
        return bytes.toByteArray();
    }

    private static int closest(int[] palette, int c) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            long dr = ((palette[i] >> 16) & 0xff) - ((c >> 16) & 0xff), dg = ((palette[i] >> 8) & 0xff) - ((c >> 8) & 0xff), db = (palette[i] & 0xff) - (c & 0xff);
            long d = dr * dr + dg * dg + db * db;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }
}
