#include "syncsettingswidget.h"

#include "syncstate.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Gui {

SyncSettingsWidget::SyncSettingsWidget(const Context &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("syncServer"));
    m_server->setPlaceholderText(QStringLiteral("https://platform.example.cn:8443"));
    m_server->setToolTip(tr("嘉医区域平台的地址，或任一 FHIR R4 服务器的基地址（如 "
                            "https://fhir.example.cn/baseR4）；同步时读取其能力声明"));
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("syncToken"));
    m_token->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_ca = new QLineEdit(this);
    m_ca->setObjectName(QStringLiteral("syncCa"));
    auto *browse = new QPushButton(tr("选择…"), this);
    m_auto = new QSpinBox(this);
    m_auto->setObjectName(QStringLiteral("syncAutoMinutes"));
    m_auto->setRange(0, 24 * 60);
    m_auto->setSuffix(tr(" 分钟"));
    m_auto->setSpecialValueText(tr("关闭（只在按“同步”时）"));
    m_auto->setToolTip(tr("在线时每隔这么久自动同步一次；0 为关闭"));
    m_auto->setMaximumWidth(280);
    m_save = new QPushButton(tr("保存设置"), this);
    m_save->setObjectName(QStringLiteral("saveSyncConfig"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("syncConfigMessage"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("平台地址(&U)"), m_server);
    form->addRow(tr("工作站令牌(&K)"), m_token);
    auto *caLabel = new QLabel(tr("CA 证书(&A)"), this); // a layout row gets no buddy by itself
    caLabel->setBuddy(m_ca);
    form->addRow(caLabel, caRow);
    form->addRow(tr("自动同步间隔(&I)"), m_auto);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_message, 1);
    saveRow->addWidget(m_save);
    form->addRow(saveRow);
    auto *box = new QGroupBox(tr("区域平台"), this);
    box->setLayout(form);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addStretch();

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("选择 CA 证书"), QString(),
                                                       tr("证书 (*.pem *.crt);;所有文件 (*)"));
        if (!f.isEmpty())
            m_ca->setText(f);
    });
    connect(m_save, &QPushButton::clicked, this, &SyncSettingsWidget::save);
    connect(m_server, &QLineEdit::returnPressed, this, &SyncSettingsWidget::save);
    setFocusProxy(m_server);
    load();
}

void SyncSettingsWidget::load()
{
    auto c = Sync::SyncState(m_context.connection).config(m_context.scope);
    if (!c)
        return;
    m_server->setText(c->server);
    m_token->setText(c->token);
    m_ca->setText(c->caFile);
    m_auto->setValue(c->autoMinutes);
}

void SyncSettingsWidget::save()
{
    Sync::SyncState state(m_context.connection);
    auto c = state.config(m_context.scope);
    Sync::SyncConfig cfg = c ? *c : Sync::SyncConfig();
    cfg.server = m_server->text().trimmed();
    cfg.token = m_token->text().trimmed();
    cfg.caFile = m_ca->text().trimmed();
    cfg.autoMinutes = m_auto->value();
    auto r = state.configure(m_context.scope, cfg);
    m_message->setText(r ? tr("已保存") : r.error().message);
    if (!r && r.error().field == QLatin1String("server"))
        m_server->setFocus();
    if (!r && r.error().field == QLatin1String("ca_file"))
        m_ca->setFocus();
    emit changed();
}

} // namespace Gui
