#include "chronicpage.h"
#include "columnwidths.h"

#include "arearepository.h"
#include "chronicrules.h"
#include "chronicworklistmodel.h"
#include "closeregistrationdialog.h"
#include "exportbuttons.h"
#include "followupdialog.h"
#include "indicatorsdialog.h"
#include "readonlytable.h"
#include "registrationdialog.h"
#include "trendchart.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Gui {

namespace {
// Overdue days and uncontrolled classes in red (the model says which, the view says how).
class AlertDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(Models::ChronicWorklistModel::AlertRole).toBool())
            option->palette.setColor(QPalette::Text, QColor(0xb0, 0x20, 0x20));
    }
};
} // namespace

ChronicPage::ChronicPage(const Context &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    // A province's choice of rule set and the 65+ target switch (settings; defaults as the
    // standard).
    const QSettings settings;
    const QString ruleSet =
        settings.value(QStringLiteral("chronic/ruleSet"), QStringLiteral("nbphs2017")).toString();
    if (ruleSet != Models::ChronicRuleSet::active().name())
        if (auto r = Models::ChronicRuleSet::setActiveName(ruleSet); !r)
            qWarning("chronic rule set %s: %s", qPrintable(ruleSet), qPrintable(r.error().message));
    if (settings.contains(QStringLiteral("chronic/elderlyTarget")))
        Models::ChronicRuleSet::setActiveOption(
            QStringLiteral("elderly_target"),
            settings.value(QStringLiteral("chronic/elderlyTarget")).toBool());

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("worklistKind"));
    for (auto k : {Models::WorklistKind::Overdue, Models::WorklistKind::DueWeek,
                   Models::WorklistKind::DueMonth, Models::WorklistKind::NotSeenQuarter,
                   Models::WorklistKind::Lost, Models::WorklistKind::AllOpen})
        m_kind->addItem(Models::worklistKindLabel(k), int(k));
    m_programme = new QComboBox(this);
    m_programme->addItem(tr("高血压和糖尿病"), QString());
    m_programme->addItem(Models::programmeLabel(QStringLiteral("hypertension")),
                         QStringLiteral("hypertension"));
    m_programme->addItem(Models::programmeLabel(QStringLiteral("diabetes")),
                         QStringLiteral("diabetes"));
    m_village = new QComboBox(this);
    m_village->setMinimumWidth(140);
    m_village->addItem(tr("全部村（居委会）"), QString());
    m_doctor = new QComboBox(this);
    m_doctor->setObjectName(QStringLiteral("doctorFilter"));
    m_doctor->addItem(tr("全部医生"), QString());

    m_model = new Models::ChronicWorklistModel(m_context.connection, m_context.scope, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("worklistTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new AlertDelegate(m_table));
    setUpReadOnlyTable(m_table);
    const int widths[] = {80, 40, 40, 110, 80, 90, 80, 90, 90, 90, 110};
    for (int c = 0; c < Models::ChronicWorklistModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, headerFit(m_table, c, widths[c]));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("worklistStatus"));

    auto button = [this](const QString &text, const QKeySequence &key,
                         void (ChronicPage::*slot)()) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        if (!key.isEmpty()) {
            auto *sc = new QShortcut(key, this);
            sc->setContext(Qt::WidgetWithChildrenShortcut);
            connect(sc, &QShortcut::activated, this, slot);
        }
        return b;
    };
    auto *top = new QHBoxLayout;
    top->addWidget(m_kind);
    top->addWidget(m_programme);
    top->addWidget(m_village);
    top->addWidget(m_doctor);
    top->addStretch();
    auto *actions = new QHBoxLayout;
    actions->addWidget(button(tr("随访 (Enter)"), {}, &ChronicPage::followUpCurrent));
    actions->addWidget(button(tr("趋势图 (Ctrl+T)"), QKeySequence(QStringLiteral("Ctrl+T")),
                              &ChronicPage::showTrends));
    actions->addWidget(
        button(tr("登记 (Ctrl+N)"), QKeySequence::New, &ChronicPage::registerResident));
    actions->addWidget(button(tr("结案"), {}, &ChronicPage::closeCurrent));
    actions->addWidget(button(tr("指标 (Ctrl+I)"), QKeySequence(QStringLiteral("Ctrl+I")),
                              &ChronicPage::showIndicators));
    actions->addWidget(
        button(tr("打印清单 (Ctrl+P)"), QKeySequence::Print, &ChronicPage::printList));
    actions->addStretch();
    // The list as it shows, with its filters: print preview, CSV, Excel.
    auto *exporter = new ExportButtons(
        m_model,
        [this] {
            TablePrint p;
            p.title = tr("慢病随访工作清单：%1").arg(m_kind->currentText());
            p.headerFields = {
                {tr("范围"), QStringList{m_programme->currentText(), m_village->currentText(),
                                         m_doctor->currentText()}
                                 .join(QStringLiteral("　"))},
                {tr("打印日期"), QDate::currentDate().toString(Qt::ISODate)},
                {tr("共计"), tr("%n 人", nullptr, m_model->rowCount())}};
            return p;
        },
        this, this);
    top->addWidget(exporter); // on the filters' row: the actions' row is full in English
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    for (QComboBox *c : {m_kind, m_programme, m_village, m_doctor})
        connect(c, &QComboBox::currentIndexChanged, this, &ChronicPage::reload);
    connect(m_table, &QTableView::activated, this, &ChronicPage::followUpCurrent);
    connect(m_model, &Models::ChronicWorklistModel::loadFailed, m_status, &QLabel::setText);
    connect(exporter, &ExportButtons::message, m_status, &QLabel::setText);
    setFocusProxy(m_table);
}

void ChronicPage::loadFilters()
{
    const QSignalBlocker blockVillage(m_village), blockDoctor(m_doctor);
    if (auto villages = Models::AreaRepository(m_context.connection).villages(m_context.scope))
        for (const Models::Area &a : *villages)
            m_village->addItem(a.name, a.code);
    if (auto doctors = Models::chronicDoctors(m_context.connection, m_context.scope))
        for (const Models::StaffPerson &d : *doctors)
            m_doctor->addItem(d.name, d.key);
}

void ChronicPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_village->count() == 1)
        loadFilters();
    if (!m_loaded)
        reload();
}

void ChronicPage::reload()
{
    Models::WorklistFilter f;
    f.kind = Models::WorklistKind(m_kind->currentData().toInt());
    f.programme = m_programme->currentData().toString();
    f.villageCode = m_village->currentData().toString();
    f.doctorId = m_doctor->currentData().toString();
    m_loaded = true;
    const QString keep = currentRegistration();
    m_model->setFilter(f);
    m_status->setText(tr("%1：%2 人　（Enter 随访，Ctrl+T 趋势图，Ctrl+P 打印入户随访清单）")
                          .arg(m_kind->currentText())
                          .arg(m_model->rowCount()));
    const int row = qMax(0, m_model->rowOfRegistration(keep));
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), 0));
}

QString ChronicPage::currentRegistration() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid()
               ? m_model->data(i, Models::ChronicWorklistModel::RegistrationIdRole).toString()
               : QString();
}

void ChronicPage::followUpCurrent()
{
    const QString id = currentRegistration();
    if (id.isEmpty())
        return;
    FollowupDialog dialog(m_context, id, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
    m_table->setFocus();
}

void ChronicPage::registerResident()
{
    const QModelIndex i = m_table->currentIndex();
    RegistrationDialog dialog(m_context, QString(), this);
    Q_UNUSED(i)
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        const int row = m_model->rowOfRegistration(dialog.saved().id);
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, 0));
    }
}

void ChronicPage::closeCurrent()
{
    const QString id = currentRegistration();
    if (id.isEmpty())
        return;
    CloseRegistrationDialog dialog(m_context, id, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ChronicPage::showTrends()
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid())
        return;
    QDialog d(this);
    d.setWindowTitle(tr("趋势图"));
    auto *layout = new QVBoxLayout(&d);
    layout->addWidget(new TrendChart(
        m_context, m_model->data(i, Models::ChronicWorklistModel::ResidentIdRole).toString(), &d));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, &d);
    connect(close, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    layout->addWidget(close);
    d.resize(1100, 680);
    d.exec();
}

void ChronicPage::showIndicators()
{
    IndicatorsDialog(m_context, this).exec();
}

void ChronicPage::printListTo(QPrinter *printer)
{
    if (!m_loaded)
        reload();
    QString html =
        QStringLiteral(
            "<h3>%1 — %2</h3><p>%3</p><table border=1 cellspacing=0 cellpadding=3 width=100%><tr>")
            .arg(tr("慢病随访清单"), m_kind->currentText().toHtmlEscaped(),
                 tr("%1　%2　打印日期 %3")
                     .arg(m_village->currentText(), m_doctor->currentText(),
                          QDate::currentDate().toString(Qt::ISODate))
                     .toHtmlEscaped());
    const int columns[] = {
        Models::ChronicWorklistModel::Name,      Models::ChronicWorklistModel::Age,
        Models::ChronicWorklistModel::Village,   Models::ChronicWorklistModel::Programme,
        Models::ChronicWorklistModel::LastVisit, Models::ChronicWorklistModel::NextDue,
        Models::ChronicWorklistModel::Overdue,   Models::ChronicWorklistModel::Phone};
    for (int c : columns)
        html +=
            QStringLiteral("<th>%1</th>").arg(m_model->headerData(c, Qt::Horizontal).toString());
    html += tr("<th>地址</th><th>本次血压/血糖</th></tr>");
    for (int r = 0; r < m_model->rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c : columns)
            html += QStringLiteral("<td>%1</td>")
                        .arg(m_model->data(m_model->index(r, c)).toString().toHtmlEscaped());
        html += QStringLiteral("<td>%1</td><td>&nbsp;</td></tr>")
                    .arg(m_model->rows().at(r).address.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(printer);
}

void ChronicPage::printList()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ChronicPage::printListTo);
    dialog.exec();
}

} // namespace Gui
