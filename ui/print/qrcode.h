#pragma once

#include <QImage>
#include <QString>

namespace Gui {

// A QR code (libqrencode, error correction M) as a black-and-white image, `scale` pixels per
// module with the 4-module quiet zone; a null image when the text cannot be encoded.
QImage qrCode(const QString &text, int scale = 8);

} // namespace Gui
