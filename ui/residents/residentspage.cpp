#include "residentspage.h"

#include "arearepository.h"
#include "codetable.h"
#include "duplicatesdialog.h"
#include "importwizard.h"
#include "readonlytable.h"
#include "residenteditor.h"
#include "residentlistmodel.h"
#include "transferdialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace Gui {

namespace {
// Down arrow in the search box moves to the results, as in a browser's address bar; Enter opens
// the highlighted resident at once, so an ID-card reader or a barcode scanner (the number, then
// one Enter) lands in the record.
class SearchKeys : public QObject
{
public:
    SearchKeys(QTableView *table, std::function<void()> open, QObject *parent)
        : QObject(parent), m_table(table), m_open(std::move(open))
    {
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
            if ((key == Qt::Key_Down || enter) && m_table->model()->rowCount() > 0) {
                m_table->setFocus();
                if (!m_table->currentIndex().isValid())
                    m_table->setCurrentIndex(m_table->model()->index(0, 0));
                if (enter)
                    m_open();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_table;
    std::function<void()> m_open;
};
} // namespace

ResidentsPage::ResidentsPage(const Context &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr(
        "查找：姓名、拼音或首字母（如 zs）、身份证号或后4-6位、电话或后4位、档案编号  (Ctrl+F)"));
    m_village = new QComboBox(this);
    m_village->setObjectName(QStringLiteral("villageFilter"));
    m_village->setMinimumWidth(160);
    // Sized by a few characters, not by the longest village name: with English button labels
    // the row must still fit a 1366-pixel screen (tst_screentour).
    m_village->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_village->setMinimumContentsLength(8);
    m_newButton = new QPushButton(tr("新建居民 (Ctrl+N)"), this);
    m_editButton = new QPushButton(tr("查看档案 (Enter)"), this);
    m_importButton = new QPushButton(tr("导入名单…"), this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_duplicatesButton = new QPushButton(tr("重复档案…"), this);
    m_transfersButton = new QPushButton(this);
    m_transfersButton->setObjectName(QStringLiteral("transferRequestsButton"));

    m_model = new Models::ResidentListModel(m_context.connection, m_context.scope, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("residentTable"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Widths fit the header and, for sex, its longest label, in whichever language is shown.
    const int widths[] = {80, 40, 40, 90, 160, 100, 80, 150, 150, 110};
    const QFontMetrics fm = m_table->fontMetrics();
    for (int c = 0; c < Models::ResidentListModel::ColumnCount; ++c) {
        int w = qMax(widths[c],
                     fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 24);
        if (c == Models::ResidentListModel::Sex)
            for (const Models::Code &code : Models::CodeTable::get(QStringLiteral("sex")).codes())
                w = qMax(w, fm.horizontalAdvance(code.label()) + 16);
        m_table->setColumnWidth(c, w);
    }
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("resultStatus"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_village);
    top->addWidget(m_newButton);
    top->addWidget(m_editButton);
    top->addWidget(m_importButton);
    top->addWidget(m_duplicatesButton);
    top->addWidget(m_transfersButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    loadVillages();
    connect(m_search, &QLineEdit::textChanged, m_model, &Models::ResidentListModel::setQuery);
    connect(m_village, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setVillageFilter(m_village->currentData().toString()); });
    connect(m_model, &Models::ResidentListModel::resultsChanged, this,
            &ResidentsPage::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_table, &QTableView::activated, this, &ResidentsPage::editCurrent);
    connect(m_newButton, &QPushButton::clicked, this, &ResidentsPage::newResident);
    connect(m_editButton, &QPushButton::clicked, this, &ResidentsPage::editCurrent);
    connect(m_importButton, &QPushButton::clicked, this, &ResidentsPage::importList);
    connect(m_duplicatesButton, &QPushButton::clicked, this, [this] {
        DuplicatesDialog d(m_context, this);
        d.exec();
        if (d.changed())
            m_model->refresh();
    });
    connect(m_transfersButton, &QPushButton::clicked, this, [this] {
        TransferDialog d(m_context, this);
        d.exec();
        if (d.changed())
            m_model->refresh();
        updateTransfers();
    });
    m_search->installEventFilter(new SearchKeys(
        m_table, [this] { editCurrent(); }, this));
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *add = new QShortcut(QKeySequence::New, this);
    connect(add, &QShortcut::activated, this, &ResidentsPage::newResident);
    setFocusProxy(m_search);
    // Each role sees only what it can use: merging duplicates is not a village worker's task.
    m_newButton->setVisible(m_context.scope.can(QStringLiteral("resident.write")));
    m_duplicatesButton->setVisible(m_context.scope.can(QStringLiteral("merge.write")));
    m_importButton->setVisible(m_context.scope.can(QStringLiteral("resident.write")));
    updateStatus();
    updateTransfers();
}

void ResidentsPage::updateTransfers()
{
    auto pending = Models::ResidentTransferRepository(m_context.connection)
                       .pendingForApproval(m_context.scope);
    const int n = pending ? int(pending->size()) : 0;
    m_transfersButton->setText(tr("迁入申请（%1）…").arg(n));
    m_transfersButton->setVisible(n > 0);
}

void ResidentsPage::loadVillages()
{
    m_village->clear();
    m_village->addItem(tr("全部村（居委会）"), QString());
    if (auto villages = Models::AreaRepository(m_context.connection).villages(m_context.scope))
        for (const Models::Area &a : *villages)
            m_village->addItem(a.name, a.code);
}

void ResidentsPage::updateStatus()
{
    const int n = m_model->rowCount();
    if (!m_model->hint().isEmpty())
        m_status->setText(m_model->hint());
    else if (m_model->query().trimmed().isEmpty())
        m_status->setText(tr("共 %n 名居民", nullptr, n));
    else if (m_model->complete())
        m_status->setText(n == 0 ? tr("没有找到匹配的居民") : tr("找到 %n 名居民", nullptr, n));
    else
        m_status->setText(tr("已显示前 %n 名匹配的居民，向下滚动查看更多", nullptr, n));
}

void ResidentsPage::newResident()
{
    if (!m_context.scope.can(QStringLiteral("resident.write")))
        return; // the button is hidden too; the repository would refuse anyway
    openEditor(QString());
}

void ResidentsPage::editCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    openResident(m_model->data(current, Models::ResidentListModel::ResidentIdRole).toString());
}

void ResidentsPage::openResident(const QString &residentId)
{
    if (!m_openRecord)
        return;
    const int from = m_table->currentIndex().row();
    if (m_openRecord(residentId, this)) {
        m_model->refresh();
        // The model reads rows a page at a time and a refresh drops them: read the page the
        // resident was on, else rowOfResident finds nothing and the list jumps to the top.
        if (from >= 0)
            (void)m_model->index(from, 0).data(Models::ResidentListModel::ResidentIdRole);
    }
    // Back to the row it came from (the same resident, wherever an edit moved it).
    int row = m_model->rowOfResident(residentId);
    if (row < 0)
        row = qMin(from, m_model->rowCount() - 1);
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->scrollTo(m_model->index(row, 0));
    }
    m_table->setFocus();
}

void ResidentsPage::importList()
{
    importFile({});
}

void ResidentsPage::importFile(const QString &path)
{
    ImportWizard wizard(m_context, this);
    if (!path.isEmpty())
        wizard.setFile(path);
    wizard.exec();
    if (wizard.imported()) {
        loadVillages();
        m_model->refresh();
    }
}

void ResidentsPage::openEditor(const QString &residentId)
{
    ResidentEditor editor(m_context, residentId, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    m_model->refresh();
    const int row = m_model->rowOfResident(editor.savedResidentId());
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->setFocus();
}

} // namespace Gui
