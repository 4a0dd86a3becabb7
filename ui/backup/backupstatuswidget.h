#pragma once

#include "backupschedule.h"
#include "messagebanner.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Gui {

class BackupRunner;

// In the status bar: "自动备份 45%" with 取消 while a scheduled backup runs, then the outcome
// for a while. Hidden when there is nothing to say.
class BackupStatusWidget : public QWidget
{
    Q_OBJECT
public:
    BackupStatusWidget(BackupRunner *runner, QWidget *parent = nullptr);
    QLabel *label() const { return m_label; }

private:
    void showResult(const Models::ScheduledBackup &result);
    MessageBanner *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Gui
