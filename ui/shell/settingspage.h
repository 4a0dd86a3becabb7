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

signals:
    void platformChanged(); // 区域平台 saved (administrators)
    void restoreRequested(const QString &backupFile, const QString &secret); // 备份 → 恢复

private:
    QComboBox *m_language = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace Gui
