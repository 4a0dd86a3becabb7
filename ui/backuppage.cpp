#include "backuppage.h"

#include "backupservice.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Gui {

QString BackupPage::folderKey()
{
    return QStringLiteral("backup/folder");
}

BackupPage::BackupPage(const Context &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    const QString defaultFolder = QFileInfo(context.databasePath).absolutePath() + QStringLiteral("/backups");
    m_folder = new QLineEdit(QSettings().value(folderKey(), defaultFolder).toString(), this);
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    auto *browse = new QPushButton(tr("选择(&B)…"), this);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("backupPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("backupConfirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_recovery = new QLineEdit(this);
    m_recovery->setPlaceholderText(tr("可选：有恢复密钥时，忘记备份密码也能恢复"));
    auto *generate = new QPushButton(tr("生成恢复密钥(&G)"), this);
    m_suite = new QComboBox(this);
    m_suite->addItem(tr("国际算法（AES-256-GCM、SHA-256）"), QStringLiteral("international"));
    m_suite->addItem(tr("商用密码（SM4、SM3）"), QStringLiteral("commercial"));
    auto *now = new QPushButton(tr("立即备份(&K)"), this);
    now->setObjectName(QStringLiteral("backupNow"));

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *recoveryRow = new QHBoxLayout;
    recoveryRow->addWidget(m_recovery, 1);
    recoveryRow->addWidget(generate);
    auto *form = new QFormLayout;
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("备份文件夹(&F)"), m_folder), folderRow);
    form->addRow(label(tr("备份密码(&P)"), m_password), m_password);
    form->addRow(label(tr("再次输入(&R)"), m_confirm), m_confirm);
    form->addRow(label(tr("恢复密钥(&Y)"), m_recovery), recoveryRow);
    form->addRow(label(tr("算法(&A)"), m_suite), m_suite);
    form->addRow(QString(), now);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("备份文件"), tr("时间"), tr("大小"), tr("算法"), tr("结构版本")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *verify = new QPushButton(tr("校验所选(&V)…"), this);
    auto *refresh = new QPushButton(tr("刷新"), this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(verify);
    listButtons->addWidget(refresh);
    listButtons->addStretch();
    auto *restoreNote = new QLabel(tr("恢复会替换当前数据库，请先退出家医，再由管理员运行：\n"
                                      "jiayi-cli restore --db 数据库文件 --from 备份文件 --password-file 密码文件\n"
                                      "恢复前会先校验备份，原数据库文件会保留。"),
                                   this);
    restoreNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("已有备份"), this));
    layout->addWidget(m_list, 1);
    layout->addLayout(listButtons);
    layout->addWidget(restoreNote);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("备份文件夹"), m_folder->text());
        if (!dir.isEmpty()) {
            m_folder->setText(dir);
            refreshList();
        }
    });
    connect(m_folder, &QLineEdit::editingFinished, this, &BackupPage::refreshList);
    connect(generate, &QPushButton::clicked, this, [this] {
        m_recovery->setText(Models::BackupService::generateRecoveryKey());
        m_status->setText(tr("请抄下恢复密钥并妥善保管（不会另行保存）：%1").arg(m_recovery->text()));
    });
    connect(now, &QPushButton::clicked, this, &BackupPage::backupNow);
    connect(verify, &QPushButton::clicked, this, [this] { verifySelected(); });
    connect(refresh, &QPushButton::clicked, this, &BackupPage::refreshList);
    refreshList();
}

bool BackupPage::backupNow()
{
    if (m_password->text() != m_confirm->text()) {
        m_status->setText(tr("两次输入的备份密码不一致"));
        m_confirm->setFocus();
        return false;
    }
    const QString folder = m_folder->text().trimmed();
    if (!QDir().mkpath(folder)) {
        m_status->setText(tr("无法创建文件夹：%1").arg(folder));
        return false;
    }
    QSettings().setValue(folderKey(), folder);
    const QString file = folder + QLatin1Char('/') + QFileInfo(m_context.databasePath).completeBaseName()
                         + QDateTime::currentDateTime().toString(QStringLiteral("-yyyyMMdd-HHmmss")) + QStringLiteral(".jybak");
    Models::BackupOptions o;
    o.password = m_password->text();
    o.recoveryKey = m_recovery->text();
    o.suite = *Models::Crypto::suiteFromName(m_suite->currentData().toString());
    QProgressDialog progress(tr("正在备份…"), tr("取消"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto r = Models::BackupService::backup(
        m_context.scope, m_context.databasePath, file, o,
        [&progress](qint64 done, qint64 total) {
            if (total > 0)
                progress.setValue(int(done * 100 / total));
            QApplication::processEvents();
            return !progress.wasCanceled();
        },
        m_context.connection);
    progress.reset();
    m_password->clear();
    m_confirm->clear();
    if (!r) {
        m_status->setText(r.error().message);
        return false;
    }
    m_status->setText(tr("已备份到 %1").arg(file));
    refreshList();
    return true;
}

void BackupPage::refreshList()
{
    m_list->clear();
    for (const auto &b : Models::BackupService::list(m_folder->text().trimmed())) {
        auto *item = new QTreeWidgetItem(m_list, {QFileInfo(b.path).fileName(),
                                                  b.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                  QLocale().formattedDataSize(b.fileSize), b.cipher,
                                                  QString::number(b.schemaVersion)});
        item->setData(0, Qt::UserRole, b.path);
    }
}

void BackupPage::verifySelected(const QString &given)
{
    auto *item = m_list->currentItem();
    if (!item) {
        m_status->setText(tr("请先在列表中选择一个备份"));
        return;
    }
    QString password = given;
    if (password.isEmpty()) {
        bool ok = false;
        password = QInputDialog::getText(this, tr("校验备份"), tr("备份密码或恢复密钥："), QLineEdit::Password, {}, &ok);
        if (!ok)
            return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto r = Models::BackupService::verify(m_context.scope, item->data(0, Qt::UserRole).toString(), password);
    QApplication::restoreOverrideCursor();
    m_status->setText(r ? tr("备份完好：%1").arg(item->text(0)) : r.error().message);
}

} // namespace Gui
