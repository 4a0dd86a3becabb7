#include "immunizationpage.h"
#include "columnwidths.h"

#include "arearepository.h"
#include "coveragedialog.h"
#include "immunizationmodels.h"
#include "immunizationprint.h"
#include "immunizationrepository.h"
#include "lotsdialog.h"
#include "messagebanner.h"
#include "recorddosedialog.h"
#include "residentsearch.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace Gui {

namespace {
// Colours by dose status (the item models in models/ carry no QtGui types).
class StatusColours : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole) {
            const QString status =
                QIdentityProxyModel::data(index, Models::ImmunizationCardModel::StatusRole)
                    .toString();
            if (status == QLatin1String("overdue"))
                return QBrush(QColor(0xb0, 0x20, 0x20));
            if (status == QLatin1String("due"))
                return QBrush(QColor(0x10, 0x50, 0xa0));
            if (status == QLatin1String("not_needed") || status == QLatin1String("contraindicated"))
                return QBrush(QColor(0x80, 0x80, 0x80));
            if (QIdentityProxyModel::data(index, Models::SessionListModel::OverdueRole).toInt() > 0)
                return QBrush(QColor(0xb0, 0x20, 0x20));
        }
        return QIdentityProxyModel::data(index, role);
    }
};

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *t = new QTableView(parent);
    t->setObjectName(name);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->setVisible(false);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    return t;
}
} // namespace

ImmunizationPage::ImmunizationPage(const Context &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    m_village = new QComboBox(this);
    m_village->setObjectName(QStringLiteral("sessionVillage"));
    m_village->setMinimumWidth(150);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("sessionDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("findChild"));
    m_find->setPlaceholderText(tr("查找儿童：姓名、拼音、身份证号 (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    auto *printList = new QPushButton(tr("打印接种通知单"), this);
    auto *printNotices = new QPushButton(tr("打印家长通知"), this);
    auto *coverage = new QPushButton(tr("接种率…"), this);
    auto *stock = new QPushButton(tr("库存…"), this);

    m_sessionModel = new Models::SessionListModel(this);
    auto *sessionProxy = new StatusColours(this);
    sessionProxy->setSourceModel(m_sessionModel);
    m_session = makeTable(this, QStringLiteral("sessionTable"));
    m_session->setModel(sessionProxy);
    m_session->horizontalHeader()->setStretchLastSection(true);
    const int sessionWidths[] = {70, 36, 70, 230, 60, 100};
    for (int c = 0; c < Models::SessionListModel::ColumnCount; ++c)
        m_session->setColumnWidth(c, headerFit(m_session, c, sessionWidths[c]));
    m_sessionStatus = new QLabel(this);
    m_sessionStatus->setObjectName(QStringLiteral("sessionStatus"));

    m_cardModel = new Models::ImmunizationCardModel(this);
    auto *cardProxy = new StatusColours(this);
    cardProxy->setSourceModel(m_cardModel);
    m_card = makeTable(this, QStringLiteral("cardTable"));
    m_card->setModel(cardProxy);
    const int cardWidths[] = {170, 36, 80, 90, 260, 60, 120, 100, 90, 120, 40, 120, 70};
    for (int c = 0; c < Models::ImmunizationCardModel::ColumnCount; ++c)
        m_card->setColumnWidth(c, headerFit(m_card, c, cardWidths[c]));
    m_header = new QLabel(tr("从左侧选择儿童，或在上方查找"), this);
    m_header->setObjectName(QStringLiteral("cardHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_recordButton = new QPushButton(tr("记录接种 (Enter)"), this);
    m_recordButton->setObjectName(QStringLiteral("recordButton"));
    m_historyButton = new QPushButton(tr("补录外单位/历史 (Ctrl+H)"), this);
    m_stateButton = new QPushButton(tr("禁忌/拒种…"), this);
    m_certButton = new QPushButton(tr("建证…"), this);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("村(&V)"), this));
    top->addWidget(m_village);
    top->addWidget(new QLabel(tr("接种日期"), this));
    top->addWidget(m_date);
    top->addWidget(m_find, 1);
    top->addWidget(printList);
    top->addWidget(printNotices);
    top->addWidget(coverage);
    top->addWidget(stock);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_sessionStatus);
    leftLayout->addWidget(m_session, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_header);
    rightLayout->addWidget(m_card, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_recordButton);
    buttons->addWidget(m_historyButton);
    buttons->addWidget(m_stateButton);
    buttons->addWidget(m_certButton);
    buttons->addStretch(1);
    rightLayout->addLayout(buttons);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({430, 700});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    setFocusProxy(m_session);

    connect(m_village, &QComboBox::currentIndexChanged, this, &ImmunizationPage::refresh);
    connect(m_date, &QDateEdit::dateChanged, this, &ImmunizationPage::refresh);
    connect(m_find, &QLineEdit::returnPressed, this, &ImmunizationPage::findChild);
    connect(printList, &QPushButton::clicked, this, [this] { printSessionList(); });
    connect(printNotices, &QPushButton::clicked, this, [this] { printParentNotices(); });
    connect(stock, &QPushButton::clicked, this, [this] {
        LotsDialog dialog(m_context, this);
        dialog.exec();
    });
    connect(coverage, &QPushButton::clicked, this, [this] {
        CoverageDialog dialog(m_context, m_village->currentData().toString(), this);
        if (dialog.exec() == QDialog::Accepted && !dialog.chosenChild().isEmpty()) {
            showChild(dialog.chosenChild());
            m_card->setFocus();
        }
    });
    connect(m_session->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showChild(current.data(Models::SessionListModel::ResidentIdRole).toString());
            });
    connect(m_session, &QTableView::activated, this, [this] { recordDose(); });
    connect(m_card, &QTableView::activated, this, [this] { recordDose(); });
    connect(m_recordButton, &QPushButton::clicked, this, &ImmunizationPage::recordDose);
    connect(m_historyButton, &QPushButton::clicked, this, &ImmunizationPage::recordHistorical);
    connect(m_stateButton, &QPushButton::clicked, this, &ImmunizationPage::addStateMenu);
    connect(m_certButton, &QPushButton::clicked, this, &ImmunizationPage::issueCertificate);
    auto *findKey = new QShortcut(QKeySequence(QStringLiteral("Ctrl+F")), this);
    findKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findKey, &QShortcut::activated, m_find, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    auto *historyKey = new QShortcut(QKeySequence(QStringLiteral("Ctrl+H")), this);
    historyKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(historyKey, &QShortcut::activated, this, &ImmunizationPage::recordHistorical);
    auto *refreshKey = new QShortcut(QKeySequence(QKeySequence::Refresh), this);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &ImmunizationPage::refresh);
    showChild({});
}

void ImmunizationPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        m_loaded = true;
        loadVillages(); // on first show: the database is not read while the window starts
    }
}

void ImmunizationPage::loadVillages()
{
    QSignalBlocker block(m_village);
    m_village->clear();
    auto villages = Models::AreaRepository(m_context.connection).villages(m_context.scope);
    if (villages)
        for (const Models::Area &a : *villages)
            m_village->addItem(a.name, a.code);
    block.unblock();
    refresh();
}

void ImmunizationPage::refresh()
{
    if (!m_loaded) {
        m_loaded = true;
        loadVillages();
        return;
    }
    m_banner->hide();
    const QString village = m_village->currentData().toString();
    if (village.isEmpty()) {
        m_sessionModel->setEntries({}, m_date->date());
        m_sessionStatus->setText(tr("没有可选的村"));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto list = Models::ImmunizationRepository(m_context.connection)
                    .sessionList(m_context.scope, village, m_date->date());
    QApplication::restoreOverrideCursor();
    if (!list) {
        m_banner->setText(list.error().message);
        m_banner->show();
        return;
    }
    int overdue = 0;
    for (const Models::SessionEntry &e : *list)
        overdue += e.overdue > 0 ? 1 : 0;
    m_sessionModel->setEntries(*list, m_date->date());
    m_sessionStatus->setText(
        tr("%1 %2：应种或逾期儿童 %3 名（其中有逾期剂次 %4 名）")
            .arg(m_village->currentText(), m_date->date().toString(Qt::ISODate))
            .arg(list->size())
            .arg(overdue));
    const int row = m_sessionModel->rowOf(m_childId);
    if (row >= 0)
        m_session->setCurrentIndex(m_session->model()->index(row, 0));
    else if (!m_childId.isEmpty())
        showChild(m_childId); // the child left the list: keep the card, refreshed
}

void ImmunizationPage::showChild(const QString &residentId)
{
    m_childId = residentId;
    const bool have = !residentId.isEmpty();
    m_recordButton->setEnabled(have);
    m_historyButton->setEnabled(have);
    m_stateButton->setEnabled(have);
    m_certButton->setEnabled(have);
    if (!have) {
        m_cardModel->setChild({}, {}, m_date->date());
        return;
    }
    auto child =
        Models::ImmunizationRepository(m_context.connection).child(m_context.scope, residentId);
    if (!child) {
        m_banner->setText(child.error().message);
        m_banner->show();
        return;
    }
    // The card is planned for the session date, so it shows what the child can have that day.
    const Models::Plan plan = Models::VaccinePlanner().plan(child->facts(), m_date->date());
    m_cardModel->setChild(*child, plan, m_date->date());
    const Models::Schedule &s = Models::ScheduleSet::instance().forBirth(child->birth);
    QStringList states;
    for (const Models::ImmunizationState &st : child->states) {
        if (st.kind == QLatin1String("refusal")) {
            const Models::Series *x = s.findSeries(st.code);
            states << tr("拒种：%1").arg(x ? x->nameZh : st.code);
        } else {
            states << (s.healthStates.contains(st.code) ? s.healthStates.value(st.code).nameZh
                                                        : st.code);
        }
    }
    m_header->setText(
        tr("<b>%1</b>　%2　出生 %3（%4）　接种证：%5　程序：%6　应种 %7 剂，逾期 %8 剂%9")
            .arg(
                child->name.toHtmlEscaped(), child->sex == QLatin1Char('M') ? tr("男") : tr("女"),
                child->birth.toString(Qt::ISODate),
                Models::SessionListModel::ageText(child->birth, m_date->date()),
                child->certificateIssued.isValid()
                    ? tr("%1（%2 建）")
                          .arg(child->certificateNo, child->certificateIssued.toString(Qt::ISODate))
                    : tr("未建证"),
                s.titleZh)
            .arg(plan.openCount() - plan.overdueCount())
            .arg(plan.overdueCount())
            .arg(states.isEmpty() ? QString()
                                  : QStringLiteral("　<span style='color:#b02020'>%1</span>")
                                        .arg(states.join(QStringLiteral("；")).toHtmlEscaped())));
    m_certButton->setEnabled(!child->certificateIssued.isValid());
}

void ImmunizationPage::record(int mode)
{
    if (m_childId.isEmpty())
        return;
    RecordDoseDialog dialog(m_context, m_cardModel->child(),
                            mode == RecordDoseDialog::Here ? m_cardModel->openDoses()
                                                           : QVector<Models::PlannedDose>(),
                            RecordDoseDialog::Mode(mode), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString id = m_childId;
    refresh();
    showChild(id);
    const int row = m_sessionModel->rowOf(id);
    if (row >= 0)
        m_session->setCurrentIndex(m_session->model()->index(row, 0));
}

void ImmunizationPage::recordDose()
{
    record(RecordDoseDialog::Here);
}

void ImmunizationPage::recordHistorical()
{
    record(RecordDoseDialog::Elsewhere);
}

void ImmunizationPage::findChild()
{
    const QString query = m_find->text().trimmed();
    if (query.isEmpty())
        return;
    const Models::SearchPlan plan = Models::SearchPlan::forQuery(query);
    if (!plan.hint.isEmpty()) {
        m_banner->setText(plan.hint);
        m_banner->show();
        return;
    }
    Models::ResidentCursor cursor(m_context.connection, plan, QString(), m_context.scope);
    const auto rows = Models::loadResidentRows(m_context.connection, cursor.next(50));
    for (const Models::Resident &r : rows)
        if (r.ageOn(m_date->date()) < 18) {
            m_banner->hide();
            showChild(r.id);
            m_card->setFocus();
            return;
        }
    m_banner->setText(tr("没有找到18岁以下的儿童：%1").arg(query));
    m_banner->show();
}

void ImmunizationPage::addStateMenu()
{
    if (m_childId.isEmpty())
        return;
    const Models::Schedule &s =
        Models::ScheduleSet::instance().forBirth(m_cardModel->child().birth);
    QMenu menu(this);
    QMenu *health = menu.addMenu(tr("登记健康状况/禁忌"));
    for (const Models::HealthState &h : s.healthStates)
        if (!h.code.endsWith(QLatin1Char('*')))
            health->addAction(h.nameZh)->setData(QStringList{QStringLiteral("health"), h.code});
    QMenu *allergy = menu.addMenu(tr("登记严重过敏（该疫苗禁忌）"));
    for (const Models::VaccineProduct &p : s.products)
        allergy->addAction(p.nameZh)->setData(
            QStringList{QStringLiteral("health"), QStringLiteral("allergy:") + p.abbr});
    QMenu *refusal = menu.addMenu(tr("登记家长拒种"));
    for (const Models::Series &x : s.series)
        refusal->addAction(x.nameZh)->setData(QStringList{QStringLiteral("refusal"), x.id});
    QAction *chosen = menu.exec(m_stateButton->mapToGlobal(QPoint(0, m_stateButton->height())));
    if (!chosen || chosen->data().toStringList().size() != 2)
        return;
    Models::ImmunizationState st;
    st.residentId = m_childId;
    st.kind = chosen->data().toStringList().at(0);
    st.code = chosen->data().toStringList().at(1);
    st.recordedOn = QDate::currentDate();
    auto r = Models::ImmunizationRepository(m_context.connection).addState(m_context.scope, st);
    if (!r) {
        m_banner->setText(r.error().message);
        m_banner->show();
    }
    const QString id = m_childId;
    refresh();
    showChild(id);
}

void ImmunizationPage::issueCertificate()
{
    bool ok = false;
    const QString number =
        QInputDialog::getText(this, tr("建证"), tr("预防接种证编号："), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    auto r =
        Models::ImmunizationRepository(m_context.connection)
            .issueCertificate(m_context.scope, m_childId, number.trimmed(), QDate::currentDate());
    if (!r) {
        m_banner->setText(r.error().message);
        m_banner->show();
    }
    showChild(m_childId);
}

QString ImmunizationPage::askPdfPath(const QString &suggested)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(this, tr("保存为 PDF"), dir + QLatin1Char('/') + suggested,
                                        tr("PDF 文件 (*.pdf)"));
}

bool ImmunizationPage::printSessionList(const QString &path)
{
    const QString file =
        path.isEmpty()
            ? askPdfPath(tr("接种通知单-%1-%2.pdf")
                             .arg(m_village->currentText(), m_date->date().toString(Qt::ISODate)))
            : path;
    if (file.isEmpty())
        return false;
    const bool ok = ImmunizationPrint::toPdf(
        ImmunizationPrint::sessionListHtml(m_village->currentText(), m_date->date(),
                                           m_sessionModel->entries()),
        file);
    if (!ok) {
        m_banner->setText(tr("无法写入文件：%1").arg(file));
        m_banner->show();
    }
    return ok;
}

bool ImmunizationPage::printParentNotices(const QString &path)
{
    const QString file =
        path.isEmpty()
            ? askPdfPath(tr("家长通知-%1-%2.pdf")
                             .arg(m_village->currentText(), m_date->date().toString(Qt::ISODate)))
            : path;
    if (file.isEmpty())
        return false;
    const bool ok = ImmunizationPrint::toPdf(
        ImmunizationPrint::parentNoticesHtml(m_village->currentText(), m_date->date(),
                                             m_sessionModel->entries()),
        file);
    if (!ok) {
        m_banner->setText(tr("无法写入文件：%1").arg(file));
        m_banner->show();
    }
    return ok;
}

} // namespace Gui
