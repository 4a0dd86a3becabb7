#include "messagebanner.h"

#include <QPainter>

namespace Gui {

namespace {
// The one palette, in the order of MessageBanner::Level.
struct Tone
{
    QRgb text;
    QRgb background;
};
constexpr Tone Tones[] = {
    {0xb00020, 0xfdecee}, // Error
    {0x8a5a00, 0xfff4e0}, // Warning
    {0x1f5fa8, 0xe8f0fe}, // Info
    {0x1e7b34, 0xe6f4ea}, // Success
};
} // namespace

MessageBanner::MessageBanner(Level level, QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setContentsMargins(10, 4, 8, 4);
    // As tall as its text: a form's spare height must not turn into a large empty box.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setLevel(level);
}

void MessageBanner::setLevel(Level level)
{
    m_level = level;
    QPalette p = palette();
    p.setColor(QPalette::WindowText, textColour(level));
    p.setColor(QPalette::Text, textColour(level));
    setPalette(p);
    update();
}

void MessageBanner::showMessage(const QString &text, Level level)
{
    setLevel(level);
    setText(text);
}

QColor MessageBanner::textColour(Level level)
{
    return QColor::fromRgb(Tones[level].text);
}

QColor MessageBanner::backgroundColour(Level level)
{
    return QColor::fromRgb(Tones[level].background);
}

QSize MessageBanner::sizeHint() const
{
    return text().isEmpty() ? QSize(0, 0) : QLabel::sizeHint();
}

QSize MessageBanner::minimumSizeHint() const
{
    return text().isEmpty() ? QSize(0, 0) : QLabel::minimumSizeHint();
}

void MessageBanner::paintEvent(QPaintEvent *event)
{
    if (text().isEmpty())
        return;
    {
        QPainter p(this);
        p.fillRect(rect(), backgroundColour(m_level));
        p.fillRect(QRect(0, 0, 3, height()), textColour(m_level));
    }
    QLabel::paintEvent(event);
}

} // namespace Gui
