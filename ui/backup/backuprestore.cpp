// BackupPage::restoreSelected: the in-program restore, with the safety of `jiayi-cli restore`
// (verify first, keep the current file) and one more: an encrypted safety backup of the current
// data in the backup folder, listed with the others.
#include "backuppage.h"

#include "backupschedule.h"
#include "backupservice.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTreeWidget>

namespace Gui {

bool BackupPage::restoreSelected(const QString &given)
{
    if (!m_context.scope.can(QStringLiteral("settings.write")))
        return false;
    auto *item = m_list->currentItem();
    if (!item) {
        m_status->setText(tr("请先在列表中选择一个备份"));
        return false;
    }
    QString password = given;
    if (password.isEmpty()) {
        bool ok = false;
        password = QInputDialog::getText(this, tr("从备份恢复"), tr("备份密码或恢复密钥："),
                                         QLineEdit::Password, {}, &ok);
        if (!ok)
            return false;
    }
    const QString file = item->data(FileColumn, Qt::UserRole).toString();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto checked = Models::BackupService::verify(m_context.scope, file, password);
    QApplication::restoreOverrideCursor();
    if (!checked) {
        m_status->setText(tr("未恢复：%1").arg(checked.error().message));
        return false;
    }
    const QString question =
        tr("用备份 %1（%2）替换当前数据库？\n\n当前数据会先另存一份安全备份；恢复后需要重新登录。")
            .arg(QFileInfo(file).fileName(),
                 checked->createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    const bool yes =
        confirm ? confirm(question)
                : QMessageBox::question(this, tr("从备份恢复"), question) == QMessageBox::Yes;
    if (!yes) {
        m_status->setText(tr("未恢复"));
        return false;
    }
    // The safety backup, with the same secret, into the backup folder.
    const QString folder = QFileInfo(file).absolutePath();
    const QString safety =
        folder + QLatin1Char('/') + QFileInfo(m_context.databasePath).completeBaseName() +
        QDateTime::currentDateTime().toString(QStringLiteral("-'before-restore'-yyyyMMdd-HHmmss")) +
        QStringLiteral(".jybak");
    Models::BackupOptions o;
    o.password = password;
    o.verifyAfterWrite = true;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto saved = Models::BackupService::backup(m_context.scope, m_context.databasePath, safety, o,
                                               {}, m_context.connection);
    QApplication::restoreOverrideCursor();
    if (!saved || !saved->verified) {
        m_status->setText(tr("未恢复：当前数据的安全备份没有成功（%1）")
                              .arg(saved ? saved->verifyNote : saved.error().message));
        return false;
    }
    (void)Models::BackupScheduler(m_context.connection)
        .recordRun(m_context.scope, *saved, QStringLiteral("manual"));
    m_status->setText(tr("已另存安全备份 %1，正在恢复…").arg(QFileInfo(safety).fileName()));
    emit restoreRequested(file, password);
    return true;
}

} // namespace Gui
