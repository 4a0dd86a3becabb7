#include "indicatorresidentsdialog.h"

#include "columnwidths.h"
#include "indicatortablemodel.h"
#include "readonlytable.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Gui {

IndicatorResidentsDialog::IndicatorResidentsDialog(const QString &title, const QString &explanation,
                                                   const Models::IndicatorPeople &people,
                                                   ResidentsPage::RecordOpener opener,
                                                   QWidget *parent)
    : QDialog(parent), m_open(std::move(opener))
{
    setWindowTitle(title);
    m_model = new Models::IndicatorPeopleModel(this);
    m_model->setPeople(people,
                       people.period.to.isValid() ? people.period.to : QDate::currentDate());
    auto *what = new QLabel(explanation, this);
    what->setWordWrap(true);
    what->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("indicatorResidents"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table, Models::IndicatorPeopleModel::RecordNo);
    m_table->setColumnWidth(Models::IndicatorPeopleModel::Name, headerFit(m_table, 0, 90));
    m_table->setColumnWidth(Models::IndicatorPeopleModel::Sex, headerFit(m_table, 1, 44));
    m_table->setColumnWidth(Models::IndicatorPeopleModel::Birth,
                            contentFit(m_table, 2, QStringLiteral("2000-00-00")));
    m_table->setColumnWidth(Models::IndicatorPeopleModel::Age, headerFit(m_table, 3, 44));
    m_table->setColumnWidth(Models::IndicatorPeopleModel::Village, headerFit(m_table, 4, 110));
    m_table->setColumnWidth(Models::IndicatorPeopleModel::Phone,
                            contentFit(m_table, 5, QStringLiteral("13800000000")));
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, &IndicatorResidentsDialog::openCurrent);
    m_hint = new QLabel(
        people.people.isEmpty()
            ? tr("没有居民。")
            : tr("共 %1 人。↑↓ 选择，Enter 打开居民档案，Esc 关闭。").arg(people.people.size()),
        this);
    m_hint->setObjectName(QStringLiteral("residentsHint"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    resize(860, 560); // inside 1366x768 with the taskbar
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    m_table->setFocus();
}

bool IndicatorResidentsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *k = static_cast<QKeyEvent *>(event);
        if (k->key() == Qt::Key_Return || k->key() == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void IndicatorResidentsDialog::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_open)
        return;
    m_open(m_model->data(current, Models::IndicatorPeopleModel::ResidentIdRole).toString(), this);
    m_table->setFocus();
}

} // namespace Gui
