#include "settingspage.h"

#include "auditpage.h"
#include "backuppage.h"
#include "sessionguard.h"
#include "syncsettingswidget.h"
#include "userspage.h"

#include "database.h"
#include "logging.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Gui {

QString SettingsPage::languageKey()
{
    return QStringLiteral("ui/language");
}

SettingsPage::SettingsPage(const Context &context, QWidget *parent) : QWidget(parent)
{
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    QSettings settings;
    const int i = m_language->findData(settings.value(languageKey(), QStringLiteral("zh_CN")));
    m_language->setCurrentIndex(qMax(0, i));
    m_note = new QLabel(this);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(languageKey(), m_language->currentData());
        m_note->setText(tr("语言已保存，重新启动家医后生效。"));
    });

    auto *db = new QLabel(context.databasePath, this);
    db->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *log = new QLabel(Models::logFilePath(), this);
    log->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    auto *langLabel = new QLabel(tr("界面语言(&L)"), this);
    langLabel->setBuddy(m_language);
    form->addRow(langLabel, m_language);
    form->addRow(QString(), m_note);
    if (context.scope.can(QStringLiteral("settings.write"))) {
        auto *idle = new QSpinBox(this);
        idle->setObjectName(QStringLiteral("idleMinutes"));
        idle->setRange(1, 240);
        idle->setSuffix(tr(" 分钟"));
        idle->setValue(SessionGuard::idleMinutes());
        connect(idle, &QSpinBox::valueChanged, this, [this](int minutes) {
            QSettings().setValue(SessionGuard::idleMinutesKey(), minutes);
            m_note->setText(tr("锁屏时间已保存，下次登录后生效。"));
        });
        auto *idleLabel = new QLabel(tr("无操作自动锁屏(&K)"), this);
        idleLabel->setBuddy(idle);
        form->addRow(idleLabel, idle);
    }
    form->addRow(tr("数据库文件"), db);
    form->addRow(tr("数据库结构版本"),
                 new QLabel(QString::number(Models::latestSchemaVersion()), this));
    form->addRow(tr("日志文件"), log);
    form->addRow(tr("程序版本"), new QLabel(QStringLiteral(JIAYI_VERSION), this));
    auto *general = new QWidget(this);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addLayout(form);
    generalLayout->addStretch();
    // Administrators' tabs; other roles do not see them (and the repositories refuse anyway).
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    tabs->addTab(general, tr("常规"));
    if (context.scope.can(QStringLiteral("user.write")))
        tabs->addTab(new UsersPage(context, this), tr("用户"));
    if (context.scope.can(QStringLiteral("audit.read")))
        tabs->addTab(new AuditPage(context, this), tr("审计日志"));
    if (context.scope.can(QStringLiteral("backup.write"))) {
        auto *backups = new BackupPage(context, this);
        connect(backups, &BackupPage::restoreRequested, this, &SettingsPage::restoreRequested);
        tabs->addTab(backups, tr("备份"));
    }
    if (context.scope.can(QStringLiteral("settings.write"))) {
        auto *platform = new SyncSettingsWidget(context, this);
        connect(platform, &SyncSettingsWidget::changed, this, &SettingsPage::platformChanged);
        tabs->addTab(platform, tr("区域平台"));
    }
    setFocusProxy(tabs); // Ctrl+8 then Ctrl+Tab moves between the tabs
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);
}

} // namespace Gui
