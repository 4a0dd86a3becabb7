#include "packageadminwidget.h"

#include "messagebanner.h"
#include "packagerepository.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace Gui {

namespace {
QDoubleSpinBox *money(QWidget *parent)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setRange(0, 100000);
    s->setDecimals(2);
    s->setSuffix(QStringLiteral(" 元"));
    return s;
}
qint64 fen(const QDoubleSpinBox *s)
{
    return qint64(std::llround(s->value() * 100));
}
} // namespace

PackageAdminWidget::PackageAdminWidget(const Context &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("packageList"));
    m_code = new QLineEdit(this);
    m_name = new QLineEdit(this);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("基础包"), QStringLiteral("basic"));
    m_kind->addItem(tr("个性化包"), QStringLiteral("personalised"));
    m_insurance = money(this);
    m_publicHealth = money(this);
    m_resident = money(this);
    m_fee = new QLabel(this);
    m_eligible = new QLineEdit(this);
    m_eligible->setPlaceholderText(tr("适用人群代码，逗号分隔；空 = 所有人"));
    m_services = new QPlainTextEdit(this);
    m_services->setPlaceholderText(tr("每行一项：任务代码|名称|每年次数|适用人群代码（可空）"));
    m_message = new MessageBanner(this);
    m_message->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("代码"), m_code);
    form->addRow(tr("名称"), m_name);
    form->addRow(tr("类别"), m_kind);
    form->addRow(tr("医保支付（年）"), m_insurance);
    form->addRow(tr("公卫经费（年）"), m_publicHealth);
    form->addRow(tr("个人自付（年）"), m_resident);
    form->addRow(tr("服务费合计"), m_fee);
    form->addRow(tr("适用人群"), m_eligible);
    form->addRow(tr("服务项目"), m_services);
    auto *save = new QPushButton(tr("保存为新版本"), this);
    auto *add = new QPushButton(tr("新建服务包"), this);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(save);
    buttons->addStretch(1);
    right->addLayout(buttons);
    right->addWidget(m_message);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(right, 2);
    auto updateFee = [this] {
        m_fee->setText(tr("%1 元").arg(
            m_insurance->value() + m_publicHealth->value() + m_resident->value(), 0, 'f', 2));
    };
    for (QDoubleSpinBox *s : {m_insurance, m_publicHealth, m_resident})
        connect(s, &QDoubleSpinBox::valueChanged, this, updateFee);
    connect(m_list, &QListWidget::currentRowChanged, this, &PackageAdminWidget::showPackage);
    connect(save, &QPushButton::clicked, this, &PackageAdminWidget::saveNewVersion);
    connect(add, &QPushButton::clicked, this, &PackageAdminWidget::newPackage);
    reload();
}

void PackageAdminWidget::reload()
{
    m_list->clear();
    auto packages = Models::PackageRepository(m_context.connection).active(m_context.scope);
    if (!packages) {
        m_message->showMessage(packages.error().message, MessageBanner::Error);
        return;
    }
    for (const Models::Package &p : *packages) {
        auto *item = new QListWidgetItem(tr("%1（第%2版）").arg(p.name).arg(p.version), m_list);
        item->setData(Qt::UserRole, p.id);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void PackageAdminWidget::showPackage()
{
    if (!m_list->currentItem())
        return;
    auto p = Models::PackageRepository(m_context.connection)
                 .findById(m_context.scope, m_list->currentItem()->data(Qt::UserRole).toString());
    if (!p)
        return;
    m_code->setText(p->code);
    m_code->setReadOnly(true);
    m_name->setText(p->name);
    m_kind->setCurrentIndex(m_kind->findData(p->kind));
    m_insurance->setValue(p->insuranceFen / 100.0);
    m_publicHealth->setValue(p->publicHealthFen / 100.0);
    m_resident->setValue(p->residentFen / 100.0);
    m_eligible->setText(p->eligible.join(QLatin1Char(',')));
    QStringList lines;
    for (const Models::PackageService &s : p->services)
        lines << QStringLiteral("%1|%2|%3|%4").arg(s.kind, s.name).arg(s.perYear).arg(s.appliesTo);
    m_services->setPlainText(lines.join(QLatin1Char('\n')));
}

void PackageAdminWidget::newPackage()
{
    m_list->setCurrentRow(-1);
    m_code->clear();
    m_code->setReadOnly(false);
    m_name->clear();
    m_eligible->clear();
    m_services->clear();
    for (QDoubleSpinBox *s : {m_insurance, m_publicHealth, m_resident})
        s->setValue(0);
    m_code->setFocus();
}

void PackageAdminWidget::saveNewVersion()
{
    Models::Package p;
    p.code = m_code->text().trimmed();
    p.name = m_name->text().trimmed();
    p.kind = m_kind->currentData().toString();
    p.insuranceFen = fen(m_insurance);
    p.publicHealthFen = fen(m_publicHealth);
    p.residentFen = fen(m_resident);
    p.feeFen = p.insuranceFen + p.publicHealthFen + p.residentFen;
    p.eligible = m_eligible->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &e : p.eligible)
        e = e.trimmed();
    for (const QString &line :
         m_services->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.split(QLatin1Char('|'));
        p.services.append(Models::PackageService{f.value(0).trimmed(), f.value(1).trimmed(),
                                                 f.value(2).trimmed().toInt(),
                                                 f.value(3).trimmed()});
    }
    auto r = Models::PackageRepository(m_context.connection).saveNewVersion(m_context.scope, p);
    if (!r) {
        m_message->setLevel(MessageBanner::Error);
        m_message->setText(r.error().message);
        return;
    }
    m_message->setLevel(MessageBanner::Success);
    m_message->setText(tr("已保存为第 %1 版；已签的协议保留原版本").arg(r->version));
    reload();
}

} // namespace Gui
