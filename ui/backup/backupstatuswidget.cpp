#include "backupstatuswidget.h"

#include "backuprunner.h"
#include "messagebanner.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace Gui {

BackupStatusWidget::BackupStatusWidget(BackupRunner *runner, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("backupStatusWidget"));
    m_label = new MessageBanner(this);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 100);
    m_bar->setMaximumWidth(120);
    m_bar->setMaximumHeight(16);
    m_cancel = new QPushButton(tr("取消备份"), this);
    m_cancel->setObjectName(QStringLiteral("cancelScheduledBackup"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
    connect(m_cancel, &QPushButton::clicked, runner, &BackupRunner::cancel);
    connect(runner, &BackupRunner::started, this, [this] {
        m_label->showMessage(tr("正在自动备份…"), MessageBanner::Info);
        m_bar->setRange(0, 0); // the snapshot first: no percentage yet
        m_bar->show();
        m_cancel->show();
        show();
    });
    connect(runner, &BackupRunner::progress, this, [this](int percent) {
        if (percent < 0)
            return;
        m_bar->setRange(0, 100);
        m_bar->setValue(percent);
    });
    connect(runner, &BackupRunner::finished, this, &BackupStatusWidget::showResult);
}

void BackupStatusWidget::showResult(const Models::ScheduledBackup &result)
{
    m_bar->hide();
    m_cancel->hide();
    if (result.error.isEmpty()) {
        m_label->setText(tr("自动备份完成：%1").arg(QFileInfo(result.info.path).fileName()));
        m_label->setLevel(MessageBanner::Success);
        QTimer::singleShot(60 * 1000, this, [this] {
            if (!m_bar->isVisible())
                hide();
        });
    } else {
        // A failure stays until the next attempt: someone should see it.
        m_label->setText(tr("自动备份失败：%1").arg(result.error));
        m_label->setLevel(MessageBanner::Error);
    }
    show();
}

} // namespace Gui
