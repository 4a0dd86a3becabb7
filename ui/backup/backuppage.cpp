#include "backuppage.h"

#include "backuprunner.h"
#include "backupschedule.h"
#include "backupservice.h"
#include "securitypolicy.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Gui {

QString BackupPage::folderKey()
{
    return QStringLiteral("backup/folder");
}

BackupPage::BackupPage(const Context &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    const QString defaultFolder =
        QFileInfo(context.databasePath).absolutePath() + QStringLiteral("/backups");
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
    m_suite->addItem(tr("商用密码（SM4、SM3、SM2）"), QStringLiteral("commercial"));
    m_suite->setCurrentIndex(
        Models::SecurityPolicy::defaults().suite == Models::Crypto::Suite::Commercial ? 1 : 0);
    auto *now = new QPushButton(tr("立即备份(&K)"), this);
    now->setObjectName(QStringLiteral("backupNow"));

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *recoveryRow = new QHBoxLayout;
    recoveryRow->addWidget(m_recovery, 1);
    recoveryRow->addWidget(generate);
    auto *where = new QGroupBox(tr("备份位置与加密"), this);
    auto *form = new QFormLayout(where);
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
    m_list->setHeaderLabels(
        {tr("备份文件"), tr("时间"), tr("大小"), tr("方式"), tr("校验"), tr("算法")});
    m_list->header()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_list->setColumnWidth(TimeColumn, 140);
    m_list->setColumnWidth(SizeColumn, 90);
    m_list->setColumnWidth(KindColumn, 60);
    m_list->setColumnWidth(VerifiedColumn, 170);
    auto *verify = new QPushButton(tr("校验所选(&V)…"), this);
    auto *refresh = new QPushButton(tr("刷新(&E)"), this);
    auto *restore = new QPushButton(tr("从所选备份恢复(&R)…"), this);
    restore->setObjectName(QStringLiteral("restoreButton"));
    restore->setVisible(m_context.scope.can(QStringLiteral("settings.write"))); // administrators
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(verify);
    listButtons->addWidget(refresh);
    listButtons->addWidget(restore);
    listButtons->addStretch();
    auto *restoreNote = new QLabel(
        tr("恢复会替换当前数据库：先校验所选备份，再把当前数据另存一份安全备份，然后换上备份并"
           "重新登录。也可在退出家医后运行 jiayi-cli restore --db 数据库文件 --from 备份文件。"),
        this);
    restoreNote->setWordWrap(true);
    restoreNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_status->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(where, 3);
    top->addWidget(buildScheduleBox(), 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    auto *listLabel = new QLabel(tr("已有备份(&L)"), this);
    listLabel->setBuddy(m_list);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(listButtons);
    layout->addWidget(restoreNote);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("备份文件夹"), m_folder->text());
        if (!dir.isEmpty()) {
            m_folder->setText(dir);
            refreshList();
        }
    });
    connect(m_folder, &QLineEdit::editingFinished, this, &BackupPage::refreshList);
    connect(generate, &QPushButton::clicked, this, [this] {
        m_recovery->setText(Models::BackupService::generateRecoveryKey());
        m_status->setText(
            tr("请抄下恢复密钥并妥善保管（不会另行保存）：%1").arg(m_recovery->text()));
    });
    connect(now, &QPushButton::clicked, this, &BackupPage::backupNow);
    connect(verify, &QPushButton::clicked, this, [this] { verifySelected(); });
    connect(refresh, &QPushButton::clicked, this, &BackupPage::refreshList);
    connect(restore, &QPushButton::clicked, this, [this] { restoreSelected(); });
    if (BackupRunner *runner = BackupRunner::instance()) {
        connect(runner, &BackupRunner::started, this, [this] {
            m_status->setText(tr("正在按计划备份，可以继续工作…"));
            m_runNow->setEnabled(false);
        });
        connect(runner, &BackupRunner::progress, this, [this](int percent) {
            if (percent >= 0)
                m_status->setText(tr("正在按计划备份，可以继续工作… %1%").arg(percent));
        });
        connect(runner, &BackupRunner::finished, this, [this](const Models::ScheduledBackup &r) {
            m_status->setText(r.error.isEmpty() ? tr("自动备份完成并已校验：%1").arg(r.info.path)
                                                : tr("自动备份失败：%1").arg(r.error));
            m_runNow->setEnabled(true);
            updateScheduleState();
            refreshList();
        });
    }
    loadSchedule();
    refreshList();
}

QWidget *BackupPage::buildScheduleBox()
{
    auto *box = new QGroupBox(tr("自动备份计划"), this);
    m_mode = new QComboBox(box);
    m_mode->setObjectName(QStringLiteral("scheduleMode"));
    m_mode->addItem(tr("不自动备份"), QStringLiteral("off"));
    m_mode->addItem(tr("每天定时"), QStringLiteral("daily"));
    m_mode->addItem(tr("每隔几小时"), QStringLiteral("hours"));
    m_time = new QTimeEdit(QTime(12, 30), box);
    m_time->setObjectName(QStringLiteral("scheduleTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_hours = new QSpinBox(box);
    m_hours->setObjectName(QStringLiteral("scheduleHours"));
    m_hours->setRange(1, 168);
    m_hours->setValue(24);
    m_hours->setSuffix(tr(" 小时"));
    m_keep = new QSpinBox(box);
    m_keep->setObjectName(QStringLiteral("scheduleKeep"));
    m_keep->setRange(1, 365);
    m_keep->setValue(7);
    m_keep->setSuffix(tr(" 份"));
    auto *save = new QPushButton(tr("保存计划(&S)"), box);
    save->setObjectName(QStringLiteral("saveSchedule"));
    m_runNow = new QPushButton(tr("按计划立即备份(&U)"), box);
    m_runNow->setObjectName(QStringLiteral("runScheduleNow"));
    m_scheduleState = new QLabel(box);
    m_scheduleState->setObjectName(QStringLiteral("scheduleState"));
    m_scheduleState->setWordWrap(true);
    auto *note = new QLabel(tr("自动备份写入上面的文件夹，用上面的算法加密。备份密码不保存在本机："
                               "保存计划时用它生成备份密钥，恢复时需要此密码或恢复密钥。"),
                            box);
    note->setWordWrap(true);
    auto label = [box](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, box);
        l->setBuddy(buddy);
        return l;
    };
    auto *when = new QHBoxLayout;
    when->addWidget(m_mode, 1);
    when->addWidget(label(tr("时间(&T)"), m_time));
    when->addWidget(m_time);
    when->addWidget(label(tr("间隔(&H)"), m_hours));
    when->addWidget(m_hours);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(m_runNow);
    buttons->addStretch();
    auto *form = new QFormLayout(box);
    form->addRow(label(tr("计划(&M)"), m_mode), when);
    form->addRow(label(tr("保留最近(&N)"), m_keep), m_keep);
    form->addRow(m_scheduleState);
    form->addRow(note);
    form->addRow(buttons);
    auto modeChanged = [this] {
        const QString m = m_mode->currentData().toString();
        m_time->setEnabled(m == QLatin1String("daily"));
        m_hours->setEnabled(m == QLatin1String("hours"));
        m_keep->setEnabled(m != QLatin1String("off"));
    };
    connect(m_mode, &QComboBox::currentIndexChanged, this, modeChanged);
    modeChanged();
    connect(save, &QPushButton::clicked, this, &BackupPage::saveSchedule);
    connect(m_runNow, &QPushButton::clicked, this, &BackupPage::runScheduleNow);
    return box;
}

void BackupPage::loadSchedule()
{
    auto s = Models::BackupScheduler(m_context.connection).load(m_context.scope);
    if (!s)
        return;
    m_hasKey = !s->keyPair.isEmpty();
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(Models::BackupSchedule::modeName(s->mode))));
    m_time->setTime(s->dailyAt);
    m_hours->setValue(s->everyHours);
    m_keep->setValue(s->keep);
    if (!s->folder.isEmpty())
        m_folder->setText(s->folder);
    if (s->enabled())
        m_suite->setCurrentIndex(s->suite == Models::Crypto::Suite::Commercial ? 1 : 0);
    updateScheduleState();
}

void BackupPage::updateScheduleState()
{
    Models::BackupScheduler scheduler(m_context.connection);
    auto s = scheduler.load(m_context.scope);
    auto last = scheduler.lastRun(m_context.scope);
    auto error = scheduler.lastError(m_context.scope);
    if (!s || !last)
        return;
    const QString fmt = QStringLiteral("yyyy-MM-dd HH:mm");
    QStringList parts;
    if (!s->enabled())
        parts << tr("未设置自动备份。");
    else
        parts << tr("下次备份：%1")
                     .arg(qMax(s->nextDue(*last, QDateTime::currentDateTime()),
                               QDateTime::currentDateTime())
                              .toString(fmt));
    parts << (last->isValid() ? tr("上次自动备份：%1").arg(last->toString(fmt))
                              : tr("还没有自动备份"));
    if (error && !error->isEmpty())
        parts << tr("上次尝试失败：%1").arg(*error);
    m_scheduleState->setText(parts.join(QStringLiteral("　")));
    m_runNow->setEnabled(s->enabled() &&
                         !(BackupRunner::instance() && BackupRunner::instance()->isRunning()));
}

bool BackupPage::passwordsMatch()
{
    if (m_password->text() == m_confirm->text())
        return true;
    m_status->setText(tr("两次输入的备份密码不一致"));
    m_confirm->setFocus();
    return false;
}

bool BackupPage::saveSchedule()
{
    if (!passwordsMatch())
        return false;
    Models::BackupSchedule s;
    s.mode = Models::BackupSchedule::modeFromName(m_mode->currentData().toString());
    s.dailyAt = m_time->time();
    s.everyHours = m_hours->value();
    s.keep = m_keep->value();
    s.folder = m_folder->text().trimmed();
    s.suite = *Models::Crypto::suiteFromName(m_suite->currentData().toString());
    QApplication::setOverrideCursor(Qt::WaitCursor); // a new key pair takes a moment
    auto r = Models::BackupScheduler(m_context.connection)
                 .save(m_context.scope, s, m_password->text(), m_recovery->text());
    QApplication::restoreOverrideCursor();
    if (!r) {
        m_status->setText(r.error().message);
        if (r.error().field == QLatin1String("password"))
            m_password->setFocus();
        else if (r.error().field == QLatin1String("folder"))
            m_folder->setFocus();
        return false;
    }
    const bool newKey = !m_password->text().isEmpty();
    m_password->clear();
    m_confirm->clear();
    m_hasKey = m_hasKey || newKey;
    QSettings().setValue(folderKey(), s.folder);
    m_status->setText(
        !s.enabled() ? tr("已关闭自动备份")
        : newKey     ? tr("计划已保存，已用新的备份密码生成备份密钥（以前的备份仍用原密码恢复）")
                     : tr("计划已保存"));
    updateScheduleState();
    if (s.enabled() && BackupRunner::instance())
        BackupRunner::instance()->check(); // due at once when never taken
    return true;
}

bool BackupPage::runScheduleNow()
{
    BackupRunner *runner = BackupRunner::instance();
    if (!runner) {
        m_status->setText(tr("自动备份不可用"));
        return false;
    }
    if (!runner->check(true)) {
        m_status->setText(runner->isRunning() ? tr("自动备份正在进行")
                                              : tr("请先保存自动备份计划"));
        return false;
    }
    return true;
}

bool BackupPage::backupNow()
{
    if (!passwordsMatch())
        return false;
    const QString folder = m_folder->text().trimmed();
    if (!QDir().mkpath(folder)) {
        m_status->setText(tr("无法创建文件夹：%1").arg(folder));
        return false;
    }
    QSettings().setValue(folderKey(), folder);
    const QString file = folder + QLatin1Char('/') +
                         QFileInfo(m_context.databasePath).completeBaseName() +
                         QDateTime::currentDateTime().toString(QStringLiteral("-yyyyMMdd-HHmmss")) +
                         QStringLiteral(".jybak");
    Models::BackupOptions o;
    o.password = m_password->text();
    o.recoveryKey = m_recovery->text();
    o.suite = *Models::Crypto::suiteFromName(m_suite->currentData().toString());
    o.verifyAfterWrite = true;
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
    (void)Models::BackupScheduler(m_context.connection)
        .recordRun(m_context.scope, *r, QStringLiteral("manual"));
    m_status->setText(r->verified ? tr("已备份到 %1（已校验）").arg(file)
                                  : tr("已备份到 %1，但校验失败：%2").arg(file, r->verifyNote));
    refreshList();
    return r->verified;
}

void BackupPage::refreshList()
{
    const QString current = m_list->currentItem()
                                ? m_list->currentItem()->data(FileColumn, Qt::UserRole).toString()
                                : QString();
    m_list->clear();
    auto runs = Models::BackupScheduler(m_context.connection).runs(m_context.scope);
    const QString fmt = QStringLiteral("yyyy-MM-dd HH:mm");
    for (const auto &b : Models::BackupService::list(m_folder->text().trimmed())) {
        const QString path = QFileInfo(b.path).absoluteFilePath();
        const Models::BackupRun run = runs ? runs->value(path) : Models::BackupRun();
        const bool automatic =
            run.kind == QLatin1String("scheduled") ||
            (run.kind.isEmpty() && QFileInfo(path).fileName().contains(QLatin1String("-auto-")));
        QString state = tr("未校验");
        if (run.verifyState == 1)
            state = tr("✔ 已校验 %1").arg(run.verifiedAt.toLocalTime().toString(fmt));
        else if (run.verifyState == 0)
            state = tr("✘ 校验失败");
        auto *item = new QTreeWidgetItem(
            m_list, {QFileInfo(b.path).fileName(), b.createdAt.toLocalTime().toString(fmt),
                     QLocale().formattedDataSize(b.fileSize), automatic ? tr("自动") : tr("手动"),
                     state, b.cipher});
        item->setData(FileColumn, Qt::UserRole, b.path);
        item->setToolTip(FileColumn, b.path);
        item->setToolTip(VerifiedColumn, run.verifyNote);
        item->setToolTip(CipherColumn, tr("结构版本 %1").arg(b.schemaVersion));
        if (run.verifyState == 0)
            item->setForeground(VerifiedColumn, QColor(0xc0, 0x39, 0x2b));
        if (b.path == current)
            m_list->setCurrentItem(item);
    }
    if (m_list->topLevelItemCount() > 0 && !m_list->currentItem())
        m_list->setCurrentItem(m_list->topLevelItem(0));
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
        password = QInputDialog::getText(this, tr("校验备份"), tr("备份密码或恢复密钥："),
                                         QLineEdit::Password, {}, &ok);
        if (!ok)
            return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString file = item->data(FileColumn, Qt::UserRole).toString();
    auto r = Models::BackupService::verify(m_context.scope, file, password);
    QApplication::restoreOverrideCursor();
    // A wrong password says nothing about the file: only a real check is recorded.
    if (r || r.error().code != QLatin1String("backup.password"))
        (void)Models::BackupScheduler(m_context.connection)
            .recordVerification(m_context.scope, file, r.ok(), r ? QString() : r.error().message);
    m_status->setText(r ? tr("备份完好：%1").arg(item->text(FileColumn)) : r.error().message);
    refreshList();
}

} // namespace Gui
