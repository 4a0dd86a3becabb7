#include "packageadminwidget.h"

#include "messagebanner.h"
#include "packagerepository.h"
#include "packageservicemodel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
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

// Pick lists in the services table: the known task kinds (a new code may be typed) and the key
// populations by name; the model stores the codes.
class ServiceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        using M = Models::PackageServiceModel;
        if (index.column() != M::Kind && index.column() != M::AppliesTo)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *box = new QComboBox(parent);
        const auto choices = index.column() == M::Kind ? M::knownKinds() : M::populations();
        for (const auto &c : choices)
            box->addItem(index.column() == M::Kind
                             ? QCoreApplication::translate("Gui::PackageAdminWidget", "%1（%2）")
                                   .arg(c.second, c.first)
                             : c.second,
                         c.first);
        box->setEditable(index.column() == M::Kind);
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = qobject_cast<QComboBox *>(editor);
        if (!box)
            return QStyledItemDelegate::setEditorData(editor, index);
        const QString code = index.data(Qt::EditRole).toString();
        const int at = box->findData(code);
        if (at >= 0)
            box->setCurrentIndex(at);
        else
            box->setEditText(code);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        auto *box = qobject_cast<QComboBox *>(editor);
        if (!box)
            return QStyledItemDelegate::setModelData(editor, model, index);
        const int at = box->findText(box->currentText());
        model->setData(index, at >= 0 ? box->itemData(at) : QVariant(box->currentText()));
    }
};
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
    m_eligible = new QListWidget(this);
    m_eligible->setObjectName(QStringLiteral("packageEligible"));
    m_eligible->setToolTip(tr("勾选可签此包的重点人群；都不勾选 = 所有居民"));
    m_eligible->setMaximumHeight(110);
    for (const auto &p : Models::PackageServiceModel::populations()) {
        if (p.first.isEmpty())
            continue;
        auto *item = new QListWidgetItem(p.second, m_eligible);
        item->setData(Qt::UserRole, p.first);
        item->setCheckState(Qt::Unchecked);
    }
    m_services = new Models::PackageServiceModel(this);
    m_servicesView = new QTableView(this);
    m_servicesView->setObjectName(QStringLiteral("packageServices"));
    m_servicesView->setModel(m_services);
    m_servicesView->setItemDelegate(new ServiceDelegate(m_servicesView));
    m_servicesView->verticalHeader()->hide();
    m_servicesView->horizontalHeader()->setSectionResizeMode(Models::PackageServiceModel::Name,
                                                             QHeaderView::Stretch);
    m_servicesView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    auto *addService = new QPushButton(tr("添加服务项目(&A)"), this);
    auto *removeService = new QPushButton(tr("删除服务项目"), this);
    auto *serviceButtons = new QHBoxLayout;
    serviceButtons->addWidget(addService);
    serviceButtons->addWidget(removeService);
    serviceButtons->addStretch(1);
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
    form->addRow(tr("服务项目"), m_servicesView);
    form->addRow(QString(), serviceButtons);
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
    connect(addService, &QPushButton::clicked, this, &PackageAdminWidget::addService);
    connect(removeService, &QPushButton::clicked, this, &PackageAdminWidget::removeService);
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
    for (int i = 0; i < m_eligible->count(); ++i) {
        QListWidgetItem *item = m_eligible->item(i);
        item->setCheckState(p->eligible.contains(item->data(Qt::UserRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_services->setServices(p->services);
    m_servicesView->resizeColumnToContents(Models::PackageServiceModel::Kind);
}

void PackageAdminWidget::addService()
{
    const int row = m_services->addService();
    const QModelIndex at = m_services->index(row, Models::PackageServiceModel::Kind);
    m_servicesView->setCurrentIndex(at);
    m_servicesView->edit(at);
}

void PackageAdminWidget::removeService()
{
    const QModelIndex at = m_servicesView->currentIndex();
    if (at.isValid())
        m_services->removeRows(at.row(), 1);
}

void PackageAdminWidget::newPackage()
{
    m_list->setCurrentRow(-1);
    m_code->clear();
    m_code->setReadOnly(false);
    m_name->clear();
    for (int i = 0; i < m_eligible->count(); ++i)
        m_eligible->item(i)->setCheckState(Qt::Unchecked);
    m_services->setServices({});
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
    for (int i = 0; i < m_eligible->count(); ++i)
        if (m_eligible->item(i)->checkState() == Qt::Checked)
            p.eligible << m_eligible->item(i)->data(Qt::UserRole).toString();
    m_servicesView->setCurrentIndex(QModelIndex()); // commits a cell still being edited
    p.services = m_services->services();
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
