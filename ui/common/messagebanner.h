#pragma once

#include <QColor>
#include <QLabel>

namespace Gui {

// The one message line of every screen and dialog: an error under a form, a warning, a note, a
// success. A tinted box with a bar on the left in the level's colour, from one palette, so a
// refused save looks the same everywhere. It is a QLabel (setText, text(), wordWrap work as
// usual); with no text it takes no room and paints nothing, so a form can keep it in its layout.
class MessageBanner : public QLabel
{
    Q_OBJECT
public:
    enum Level { Error, Warning, Info, Success };
    Q_ENUM(Level)

    explicit MessageBanner(QWidget *parent = nullptr) : MessageBanner(Error, parent) {}
    explicit MessageBanner(Level level, QWidget *parent = nullptr);

    Level level() const { return m_level; }
    void setLevel(Level level);
    // setText and setLevel in one call.
    void showMessage(const QString &text, Level level);

    // The palette: the text (and bar) colour and the tint behind it.
    static QColor textColour(Level level);
    static QColor backgroundColour(Level level);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Level m_level = Error;
};

} // namespace Gui
