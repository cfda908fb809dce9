package dev.memoria.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * Encodes small RGB images as valid PNG files.
 *
 * <p>The pixel data goes into a stored (uncompressed) deflate block written by hand, so the bytes
 * do not depend on the zlib version of the JDK that runs the generator.
 */
final class PngEncoder {

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  /** Supplies the 0xRRGGBB colour of a pixel. */
  @FunctionalInterface
  interface Pixels {
    int rgb(int x, int y);
  }

  private PngEncoder() {}

  /** Returns the PNG bytes of a {@code width} x {@code height} image (at most 64 KB of pixels). */
  static byte[] encode(int width, int height, Pixels pixels) {
    int rowBytes = 1 + 3 * width;
    if (width <= 0 || height <= 0 || (long) rowBytes * height > 0xFFFF) {
      throw new IllegalArgumentException("image too large for one stored block");
    }
    byte[] raw = new byte[rowBytes * height];
    for (int y = 0; y < height; y++) {
      int at = y * rowBytes;
      raw[at++] = 0; // filter type None
      for (int x = 0; x < width; x++) {
        int rgb = pixels.rgb(x, y);
        raw[at++] = (byte) (rgb >>> 16);
        raw[at++] = (byte) (rgb >>> 8);
        raw[at++] = (byte) rgb;
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(SIGNATURE);
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    writeInt(header, width);
    writeInt(header, height);
    header.writeBytes(new byte[] {8, 2, 0, 0, 0}); // 8-bit RGB, deflate, no filter, no interlace
    writeChunk(png, "IHDR", header.toByteArray());
    writeChunk(png, "IDAT", zlibStored(raw));
    writeChunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static byte[] zlibStored(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x78);
    out.write(0x01);
    out.write(0x01); // final block, stored
    out.write(raw.length & 0xFF);
    out.write(raw.length >>> 8);
    out.write(~raw.length & 0xFF);
    out.write((~raw.length >>> 8) & 0xFF);
    out.writeBytes(raw);
    Adler32 adler = new Adler32();
    adler.update(raw);
    writeInt(out, (int) adler.getValue());
    return out.toByteArray();
  }

  private static void writeChunk(ByteArrayOutputStream png, String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    writeInt(png, data.length);
    png.writeBytes(typeBytes);
    png.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    writeInt(png, (int) crc.getValue());
  }

  private static void writeInt(ByteArrayOutputStream out, int value) {
    out.write(value >>> 24);
    out.write(value >>> 16);
    out.write(value >>> 8);
    out.write(value);
  }
}
