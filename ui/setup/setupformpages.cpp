#include "setupformpages.h"

#include "creditcode.h"
#include "messagebanner.h"
#include "securitypolicy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Gui {

namespace {
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setBuddy(buddy);
    return l;
}
} // namespace

// ---- 欢迎 ----

WelcomePage::WelcomePage(QWidget *parent) : SetupPage({}, parent)
{
    setTitle(tr("欢迎使用家医"));
    setSubTitle(tr("本机的数据库还没有建立机构。"));
    auto *text =
        new QLabel(tr("<p>接下来几步填写本机构的基本信息：</p>"
                      "<ol><li>机构名称和统一社会信用代码</li>"
                      "<li>乡镇（街道）和所辖的村（居委会），带统计用区划代码</li>"
                      "<li>家庭医生团队、团队成员和各团队负责的村</li>"
                      "<li>系统管理员账户</li>"
                      "<li>区域平台连接（可以以后再填）</li>"
                      "<li>居民名单（可以以后再导入）</li></ol>"
                      "<p>最后一步核对后一次写入；任何一步出错都不会留下改动，中途取消也一样。</p>"
                      "<p>已有机构设置文件（clinic.json）时，也可以不用向导：<br/>"
                      "<code>jiayi --setup clinic.json</code> 或 "
                      "<code>jiayi-cli setup --from clinic.json</code>。</p>"
                      "<p>键盘：Enter 下一步，Alt+B 上一步，Tab 在各项之间移动，Esc 取消。</p>"),
                   this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    body()->addWidget(text);

    m_languageRow = new QWidget(this);
    m_language = new QComboBox(m_languageRow);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    auto *row = new QHBoxLayout(m_languageRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(buddyLabel(tr("界面语言(&L)"), m_language, m_languageRow));
    row->addWidget(m_language);
    row->addStretch();
    m_languageRow->setVisible(false);
    body()->addWidget(m_languageRow);
    body()->addStretch();
}

void WelcomePage::offerLanguages(const QString &current)
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(current)));
    m_languageRow->setVisible(true);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { emit languageChosen(m_language->currentData().toString()); });
}

// ---- 机构 ----

ClinicPage::ClinicPage(QWidget *parent) : SetupPage({QStringLiteral("clinic")}, parent)
{
    setTitle(tr("机构"));
    setSubTitle(tr("本工作站所属的卫生院或社区卫生服务中心。"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("clinicName"));
    m_name->setPlaceholderText(tr("例如：星沙街道社区卫生服务中心"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("institutionCode"));
    m_code->setMaxLength(18);
    m_code->setPlaceholderText(tr("18 位，例如 12430121MB1234567X"));
    // The code is written in capitals; typing it in lower case is no mistake.
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString &t) {
        if (t != t.toUpper()) {
            const int at = m_code->cursorPosition();
            m_code->setText(t.toUpper());
            m_code->setCursorPosition(at);
        }
    });
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("机构名称(&M)"), m_name, this), m_name);
    form->addRow(buddyLabel(tr("统一社会信用代码(&C)"), m_code, this), m_code);
    form->addRow(QString(),
                 hint(tr("见《医疗机构执业许可证》或事业单位法人证书。机构名称将作为各家庭医生团队"
                         "的所属机构。")));
    body()->addLayout(form);
    body()->addStretch();
}

QString ClinicPage::clinicName() const
{
    return m_name->text().trimmed();
}

void ClinicPage::contribute(QJsonObject &root, bool) const
{
    root.insert(QStringLiteral("clinic"),
                QJsonObject{{QStringLiteral("name"), clinicName()},
                            {QStringLiteral("code"), m_code->text().trimmed()}});
}

QVector<Models::SetupProblem> ClinicPage::ownProblems() const
{
    if (const QString p = Models::CreditCode::problem(m_code->text().trimmed()); !p.isEmpty())
        return {{QStringLiteral("clinic.code"), p}};
    return {};
}

bool ClinicPage::ignores(const Models::SetupProblem &p) const
{
    // The setup file takes any code of 1-40 characters; here it is the 18-character credit code,
    // whose own check says more.
    return p.where == QLatin1String("clinic.code") &&
           p.reason != Models::CreditCode::problem(m_code->text().trimmed());
}

QString ClinicPage::place(const Models::SetupProblem &p, bool focus)
{
    QLineEdit *field = p.where == QLatin1String("clinic.code") ? m_code : m_name;
    mark(field, true, p.reason);
    if (focus)
        field->setFocus();
    return field == m_code ? tr("统一社会信用代码") : tr("机构名称");
}

void ClinicPage::clearMarks()
{
    mark(m_name, false);
    mark(m_code, false);
}

// ---- 管理员 ----

AdminPage::AdminPage(QWidget *parent) : SetupPage({QStringLiteral("administrator")}, parent)
{
    setTitle(tr("系统管理员"));
    setSubTitle(tr("管理用户、设置和备份的账户。"));
    m_form = new QWidget(this);
    m_username = new QLineEdit(QStringLiteral("admin"), m_form);
    m_username->setObjectName(QStringLiteral("adminUsername"));
    m_name = new QLineEdit(tr("系统管理员"), m_form);
    m_name->setObjectName(QStringLiteral("adminName"));
    m_password = new QLineEdit(m_form);
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(m_form);
    m_confirm->setObjectName(QStringLiteral("adminConfirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(buddyLabel(tr("用户名(&U)"), m_username, m_form), m_username);
    form->addRow(buddyLabel(tr("姓名(&A)"), m_name, m_form), m_name);
    form->addRow(buddyLabel(tr("密码(&P)"), m_password, m_form), m_password);
    form->addRow(buddyLabel(tr("再次输入(&R)"), m_confirm, m_form), m_confirm);
    const auto &policy = Models::SecurityPolicy::defaults();
    form->addRow(QString(), hint(tr("用户名为 2-32 个字母、数字、下划线、点或减号。密码至少 %1 "
                                    "位，需同时包含字母和数字，不能包含用户名。请记住密码：忘记时"
                                    "只能在本机用 jiayi-cli 重置。")
                                     .arg(policy.minPasswordLength)));
    body()->addWidget(m_form);
    body()->addStretch();
}

void AdminPage::setLoggedIn(const QString &username, const QString &displayName)
{
    m_loggedIn = username;
    m_loggedInName = displayName.isEmpty() ? username : displayName;
    m_form->setVisible(false);
    setSubTitle(tr("已登录的管理员 %1（%2）将建立本机构，这里不需要再填写。")
                    .arg(m_loggedInName, m_loggedIn));
}

QString AdminPage::username() const
{
    return loggedIn() ? m_loggedIn : m_username->text().trimmed();
}

QString AdminPage::password() const
{
    return loggedIn() ? QString() : m_password->text();
}

void AdminPage::contribute(QJsonObject &root, bool forFile) const
{
    QJsonObject a{{QStringLiteral("username"), username()},
                  {QStringLiteral("name"), loggedIn() ? m_loggedInName : m_name->text().trimmed()}};
    if (forFile)
        a.insert(QStringLiteral("password_file"), username() + QStringLiteral(".password"));
    else
        a.insert(QStringLiteral("password"), password());
    root.insert(QStringLiteral("administrator"), a);
}

QVector<Models::SetupProblem> AdminPage::ownProblems() const
{
    if (!loggedIn() && m_password->text() != m_confirm->text())
        return {{QStringLiteral("administrator.confirm"), tr("两次输入的密码不一致")}};
    return {};
}

bool AdminPage::ignores(const Models::SetupProblem &) const
{
    return loggedIn(); // the account exists: ClinicSetup leaves it (and its password) as it is
}

QString AdminPage::place(const Models::SetupProblem &p, bool focus)
{
    const QString key = leaf(p.where);
    QLineEdit *field = key == QLatin1String("username")  ? m_username
                       : key == QLatin1String("name")    ? m_name
                       : key == QLatin1String("confirm") ? m_confirm
                                                         : m_password; // password, password_file
    mark(field, true, p.reason);
    if (focus)
        field->setFocus();
    return field == m_username  ? tr("用户名")
           : field == m_name    ? tr("姓名")
           : field == m_confirm ? tr("再次输入")
                                : tr("密码");
}

void AdminPage::clearMarks()
{
    for (QLineEdit *e : {m_username, m_name, m_password, m_confirm})
        mark(e, false);
}

// ---- 区域平台 ----

PlatformPage::PlatformPage(QWidget *parent) : SetupPage({QStringLiteral("platform")}, parent)
{
    setTitle(tr("区域平台（可选）"));
    setSubTitle(tr("与区域全民健康信息平台同步居民档案和服务记录。可以以后再填。"));
    m_connect = new QCheckBox(tr("连接区域平台(&C)"), this);
    m_connect->setObjectName(QStringLiteral("connectPlatform"));
    m_form = new QWidget(this);
    m_url = new QLineEdit(m_form);
    m_url->setObjectName(QStringLiteral("platformUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://platform.example.cn:8443"));
    m_token = new QLineEdit(m_form);
    m_token->setObjectName(QStringLiteral("platformToken"));
    m_token->setPlaceholderText(tr("平台发给本工作站的令牌"));
    m_ca = new QLineEdit(m_form);
    m_ca->setObjectName(QStringLiteral("platformCa"));
    m_ca->setPlaceholderText(tr("可不填：平台使用自签名或县级 CA 签发的证书时需要"));
    auto *browse = new QPushButton(tr("浏览(&O)…"), m_form);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(
            this, tr("选择 CA 证书"), m_ca->text(), tr("证书 (*.pem *.crt *.cer);;所有文件 (*)"));
        if (!f.isEmpty())
            m_ca->setText(QDir::toNativeSeparators(f));
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(browse);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(buddyLabel(tr("平台地址(&U)"), m_url, m_form), m_url);
    form->addRow(buddyLabel(tr("令牌(&K)"), m_token, m_form), m_token);
    form->addRow(buddyLabel(tr("CA 证书(&F)"), m_ca, m_form), caRow);
    m_form->setEnabled(false);
    connect(m_connect, &QCheckBox::toggled, m_form, &QWidget::setEnabled);
    body()->addWidget(m_connect);
    body()->addWidget(m_form);
    body()->addWidget(hint(tr("现在不填，以后由管理员在“设置 → 区域平台”中填写。令牌写入本机数"
                              "据库，不会出现在日志中。")));
    body()->addStretch();
}

bool PlatformPage::connects() const
{
    return m_connect->isChecked();
}

QString PlatformPage::caFile() const
{
    const QString ca = m_ca->text().trimmed();
    return ca.isEmpty() ? ca : QFileInfo(QDir::fromNativeSeparators(ca)).absoluteFilePath();
}

void PlatformPage::contribute(QJsonObject &root, bool forFile) const
{
    if (!connects())
        return;
    QJsonObject p{{QStringLiteral("url"), m_url->text().trimmed()},
                  {QStringLiteral("token"), m_token->text().trimmed()}};
    if (const QString ca = caFile(); !ca.isEmpty()) // saved beside the file for other machines
        p.insert(QStringLiteral("ca"), forFile ? QFileInfo(ca).fileName() : ca);
    root.insert(QStringLiteral("platform"), p);
}

QString PlatformPage::place(const Models::SetupProblem &p, bool focus)
{
    const QString key = leaf(p.where);
    QLineEdit *field = key == QLatin1String("token") ? m_token
                       : key == QLatin1String("ca")  ? m_ca
                                                     : m_url;
    mark(field, true, p.reason);
    if (focus)
        field->setFocus();
    return field == m_token ? tr("令牌") : field == m_ca ? tr("CA 证书") : tr("平台地址");
}

void PlatformPage::clearMarks()
{
    for (QLineEdit *e : {m_url, m_token, m_ca})
        mark(e, false);
}

// ---- 确认 ----

ConfirmPage::ConfirmPage(QWidget *parent) : SetupPage({}, parent)
{
    setTitle(tr("核对并建立"));
    setSubTitle(tr("请核对以下内容。点“建立机构”后一次写入；任何一步失败都不会留下改动。"));
    m_summary = new QTextBrowser(this);
    m_summary->setObjectName(QStringLiteral("setupSummary"));
    m_summary->setOpenLinks(false);
    m_save = new QPushButton(tr("保存为设置文件(&S)…"), this);
    m_save->setObjectName(QStringLiteral("saveSetupFile"));
    m_save->setToolTip(tr("把填写的内容存为 clinic.json（密码另存为同目录的 .password 文件），"
                          "本机构的其他工作站可用 jiayi --setup 或 jiayi-cli setup --from 建立"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("applyProgress"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_busy, 1);
    row->addStretch();
    row->addWidget(m_save);
    body()->addWidget(m_summary, 1);
    body()->addLayout(row);
}

void ConfirmPage::setSummary(const QString &html)
{
    m_summary->setHtml(html);
}

void ConfirmPage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_save->setEnabled(!busy);
    if (busy)
        banner()->showMessage(tr("正在建立机构（为每个账户计算密码散列，需要几秒钟）…"),
                              MessageBanner::Info);
}

} // namespace Gui
