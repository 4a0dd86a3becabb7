#pragma once

#include "context.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace Gui {

// 设置: interface language, and where the data and the log are. Later issues add their settings.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(const Context &context, QWidget *parent = nullptr);

    static QString languageKey();

private:
    QComboBox *m_language = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace Gui
