#include "residentcontractswidget.h"
#include "columnwidths.h"

#include "contractdocuments.h"
#include "contracthistorymodel.h"
#include "contractrepository.h"
#include "contracttasks.h"
#include "messagebanner.h"
#include "packagerepository.h"
#include "readonlytable.h"
#include "residentlistmodel.h"
#include "residentrepository.h"
#include "signcontractdialog.h"
#include "terminatecontractdialog.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Gui {

namespace {
QTableView *table(QWidget *parent, const QString &name)
{
    auto *t = new QTableView(parent);
    t->setObjectName(name);
    setUpReadOnlyTable(t);
    return t;
}
} // namespace

ResidentContractsWidget::ResidentContractsWidget(const Context &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("contractSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("查找居民：姓名、拼音首字母、身份证号、电话、档案号"));
    m_residentModel = new Models::ResidentListModel(context.connection, context.scope, this);
    m_residents = table(this, QStringLiteral("contractResidentTable"));
    m_residents->setModel(m_residentModel);
    for (int c = Models::ResidentListModel::BirthDate; c < Models::ResidentListModel::ColumnCount;
         ++c)
        if (c != Models::ResidentListModel::Village && c != Models::ResidentListModel::BirthDate &&
            c != Models::ResidentListModel::LifeStatus)
            m_residents->hideColumn(c);
    m_contractModel = new Models::ContractHistoryModel(this);
    m_contracts = table(this, QStringLiteral("contractTable"));
    m_contracts->setModel(m_contractModel);
    m_taskModel = new Models::ContractTaskModel(this);
    m_tasks = table(this, QStringLiteral("taskTable"));
    m_tasks->setModel(m_taskModel);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("contractHeader"));
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("contractMessage"));
    m_message->setWordWrap(true);

    m_sign = new QPushButton(tr("签约(&S)"), this);
    m_household = new QPushButton(tr("整户签约(&H)"), this);
    m_renew = new QPushButton(tr("续约(&R)"), this);
    m_terminate = new QPushButton(tr("解约(&T)"), this);
    m_print = new QPushButton(tr("打印协议(&P)"), this);
    m_pdf = new QPushButton(tr("协议存为PDF"), this);
    m_paper = new QPushButton(tr("登记纸质签字…"), this);
    m_sign->setObjectName(QStringLiteral("signButton"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_sign, m_household, m_renew, m_terminate, m_print, m_pdf, m_paper})
        buttons->addWidget(b);
    // Roles that may only read contracts (village health workers, public health) see no
    // buttons that would change one.
    const bool write = context.scope.can(QStringLiteral("contract.write"));
    for (QPushButton *b : {m_sign, m_household, m_renew, m_terminate, m_paper})
        b->setVisible(write);
    buttons->addStretch(1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_residents, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_header);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_contracts, 2);
    rightLayout->addWidget(new QLabel(tr("服务任务（已完成与待完成）"), this));
    rightLayout->addWidget(m_tasks, 3);
    rightLayout->addWidget(m_message);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({380, 820});
    const int widths[] = {70, 36, 36, 86};
    for (int c = 0; c < 4; ++c)
        m_residents->setColumnWidth(c, headerFit(m_residents, c, widths[c]));
    // The contracts table fits its pane at 1366x768 without scrolling sideways: number, doctor and
    // dates as wide as their values, team and status a little narrower than their longest values,
    // packages and key-population tags share the rest; long values are elided, the whole text is
    // the tooltip (ContractHistoryModel answers ToolTipRole).
    {
        using M = Models::ContractHistoryModel;
        QHeaderView *h = m_contracts->horizontalHeader();
        m_contracts->setTextElideMode(Qt::ElideRight);
        m_contracts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_contracts->setColumnWidth(
            M::Number, contentFit(m_contracts, M::Number, QStringLiteral("QY202601010000000")));
        m_contracts->setColumnWidth(
            M::Team, contentFit(m_contracts, M::Team, QStringLiteral("某某镇第1团队")));
        m_contracts->setColumnWidth(M::Doctor,
                                    contentFit(m_contracts, M::Doctor, QStringLiteral("欧阳明")));
        m_contracts->setColumnWidth(
            M::Start, contentFit(m_contracts, M::Start, QStringLiteral("2026-01-01")));
        m_contracts->setColumnWidth(M::End,
                                    contentFit(m_contracts, M::End, QStringLiteral("2026-01-01")));
        m_contracts->setColumnWidth(
            M::Status, contentFit(m_contracts, M::Status, QStringLiteral("已过期（已续约）")));
        h->setSectionResizeMode(M::Packages, QHeaderView::Stretch);
        h->setSectionResizeMode(M::Tags, QHeaderView::Stretch);
        h->setMinimumSectionSize(40);
    }
    m_tasks->setColumnWidth(Models::ContractTaskModel::Name, 200);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, m_residentModel,
            &Models::ResidentListModel::setQuery);
    connect(m_residents->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResidentContractsWidget::refreshDetails);
    connect(m_residentModel, &QAbstractItemModel::modelReset, this, [this] {
        if (m_residentModel->rowCount() > 0)
            m_residents->setCurrentIndex(m_residentModel->index(0, 0));
        else
            refreshDetails();
    });
    connect(m_contracts->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResidentContractsWidget::updateButtons);
    connect(m_sign, &QPushButton::clicked, this, &ResidentContractsWidget::signResident);
    connect(m_household, &QPushButton::clicked, this, &ResidentContractsWidget::signHousehold);
    connect(m_renew, &QPushButton::clicked, this, &ResidentContractsWidget::renew);
    connect(m_terminate, &QPushButton::clicked, this, &ResidentContractsWidget::terminate);
    connect(m_print, &QPushButton::clicked, this, &ResidentContractsWidget::printAgreement);
    connect(m_pdf, &QPushButton::clicked, this, &ResidentContractsWidget::saveAgreementPdf);
    connect(m_paper, &QPushButton::clicked, this, &ResidentContractsWidget::recordPaper);
    if (m_residentModel->rowCount() > 0)
        m_residents->setCurrentIndex(m_residentModel->index(0, 0));
    refreshDetails();
}

QString ResidentContractsWidget::currentResidentId() const
{
    const QModelIndex i = m_residents->currentIndex();
    return i.isValid() ? m_residentModel->residentId(i.row()) : QString();
}

QString ResidentContractsWidget::currentContractId() const
{
    const Models::Contract *c = m_contractModel->contract(m_contracts->currentIndex().row());
    return c ? c->id : QString();
}

void ResidentContractsWidget::showResident(const QString &residentId)
{
    m_residentModel->refresh();
    const int row = m_residentModel->rowOfResident(residentId);
    if (row >= 0)
        m_residents->setCurrentIndex(m_residentModel->index(row, 0));
}

void ResidentContractsWidget::refreshDetails()
{
    const QString id = currentResidentId();
    const QDate today = QDate::currentDate();
    QVector<Models::Contract> contracts;
    QVector<Models::ContractTask> tasks;
    QHash<QString, QString> packageNames;
    if (!id.isEmpty()) {
        if (auto r = Models::ResidentRepository(m_context.connection).findById(m_context.scope, id))
            m_header->setText(
                tr("<b>%1</b>　%2　档案号 %3")
                    .arg(r->name.toHtmlEscaped(), r->birthDate.toString(Qt::ISODate), r->recordNo));
        if (auto c =
                Models::ContractRepository(m_context.connection).forResident(m_context.scope, id))
            contracts = *c;
        if (auto t = Models::ContractTasks::forResident(m_context.connection, m_context.scope, id))
            tasks = *t;
        if (auto p = Models::PackageRepository(m_context.connection).all(m_context.scope))
            for (const Models::Package &k : *p)
                packageNames.insert(k.id, k.name);
    } else {
        m_header->setText(tr("请先在左侧选择居民"));
    }
    m_contractModel->setContracts(contracts, packageNames, today);
    // Tasks of the newest contract only: what is done and what is still due this term.
    if (!contracts.isEmpty()) {
        const QString newest = m_contractModel->contract(0)->id;
        tasks.erase(
            std::remove_if(tasks.begin(), tasks.end(),
                           [&](const Models::ContractTask &t) { return t.contractId != newest; }),
            tasks.end());
        m_contracts->setCurrentIndex(m_contractModel->index(0, 0));
    }
    m_taskModel->setTasks(tasks, today);
    updateButtons();
}

void ResidentContractsWidget::updateButtons()
{
    const bool resident = !currentResidentId().isEmpty();
    const Models::Contract *c = m_contractModel->contract(m_contracts->currentIndex().row());
    m_sign->setEnabled(resident);
    m_household->setEnabled(resident);
    m_renew->setEnabled(c && c->renewedById.isEmpty() && !c->terminatedOn.isValid());
    m_terminate->setEnabled(c && !c->terminatedOn.isValid() &&
                            c->coverEnd() >= QDate::currentDate());
    m_print->setEnabled(c);
    m_pdf->setEnabled(c);
    m_paper->setEnabled(c && !c->paperSigned);
}

void ResidentContractsWidget::showMessage(const QString &text, bool error)
{
    m_message->setLevel(error ? MessageBanner::Error : MessageBanner::Success);
    m_message->setText(text);
}

void ResidentContractsWidget::signResident()
{
    if (currentResidentId().isEmpty())
        return;
    SignContractDialog dialog(m_context, currentResidentId(), false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(tr("已签约，协议号 %1").arg(dialog.signedContracts().value(0).contractNo));
    refreshDetails();
    emit contractsChanged();
}

void ResidentContractsWidget::signHousehold()
{
    if (currentResidentId().isEmpty())
        return;
    SignContractDialog dialog(m_context, currentResidentId(), true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(tr("已为 %n 位家庭成员签约", nullptr, int(dialog.signedContracts().size())));
    refreshDetails();
    emit contractsChanged();
}

void ResidentContractsWidget::renew()
{
    const QString id = currentContractId();
    if (id.isEmpty())
        return;
    auto r = Models::ContractRepository(m_context.connection)
                 .renew(m_context.scope, id, QDate::currentDate());
    if (!r)
        return showMessage(r.error().message, true);
    showMessage(tr("已续约：%1 至 %2")
                    .arg(r->startDate.toString(Qt::ISODate), r->endDate.toString(Qt::ISODate)));
    refreshDetails();
    emit contractsChanged();
}

void ResidentContractsWidget::terminate()
{
    const QString id = currentContractId();
    if (id.isEmpty())
        return;
    TerminateContractDialog dialog(m_context, id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(tr("已解约"));
    refreshDetails();
    emit contractsChanged();
}

void ResidentContractsWidget::printAgreement()
{
    auto html = ContractDocuments::agreementHtml(m_context, currentContractId());
    if (!html)
        return showMessage(html.error().message, true);
    ContractDocuments::print(*html, this);
}

void ResidentContractsWidget::saveAgreementPdf()
{
    const Models::Contract *c = m_contractModel->contract(m_contracts->currentIndex().row());
    auto html = ContractDocuments::agreementHtml(m_context, currentContractId());
    if (!c || !html)
        return showMessage(html ? QString() : html.error().message, true);
    ContractDocuments::savePdf(*html, c->contractNo + QStringLiteral(".pdf"), this);
}

void ResidentContractsWidget::recordPaper()
{
    const QString id = currentContractId();
    if (id.isEmpty())
        return;
    const QString scan =
        QFileDialog::getOpenFileName(this, tr("选择签字协议的扫描件（可不选）"), QString(),
                                     tr("图片或 PDF (*.png *.jpg *.jpeg *.pdf)"));
    auto r = Models::ContractRepository(m_context.connection)
                 .recordPaperSigned(m_context.scope, id, scan);
    if (!r)
        return showMessage(r.error().message, true);
    showMessage(tr("已登记纸质协议签字"));
    refreshDetails();
}

} // namespace Gui
