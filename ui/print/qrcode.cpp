#include "qrcode.h"

#include <qrencode.h>

namespace Gui {

QImage qrCode(const QString &text, int scale)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
    if (!code)
        return {};
    const int quiet = 4;
    const int side = (code->width + 2 * quiet) * scale;
    QImage img(side, side, QImage::Format_Mono);
    img.fill(1); // white (index 1 after setColor below)
    img.setColor(0, qRgb(0, 0, 0));
    img.setColor(1, qRgb(255, 255, 255));
    img.fill(1);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                for (int dy = 0; dy < scale; ++dy)
                    for (int dx = 0; dx < scale; ++dx)
                        img.setPixel((x + quiet) * scale + dx, (y + quiet) * scale + dy, 0);
    QRcode_free(code);
    return img;
}

} // namespace Gui
