#include "residentview.h"

#include "arearepository.h"
#include "checkprinter.h"
#include "codetable.h"
#include "encounterdialog.h"
#include "entrycorrection.h"
#include "healthformdialog.h"
#include "lifeeventdialog.h"
#include "messagebanner.h"
#include "printpreview.h"
#include "readonlytable.h"
#include "recordprinter.h"
#include "residentactions.h"
#include "residentduepanel.h"
#include "residenteditor.h"
#include "residentlifecycle.h"
#include "residentrepository.h"
#include "signaturepanel.h"
#include "timelinemodel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace Gui {

ResidentView::ResidentView(const Context &context, const QString &residentId, QWidget *parent)
    : QDialog(parent), m_context(context), m_residentId(residentId)
{
    setWindowTitle(tr("居民健康档案"));
    resize(1280, 700);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("residentHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_due = new ResidentDuePanel(m_context, this);

    auto button = [this](const QString &text, const QKeySequence &key,
                         void (ResidentView::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setShortcut(key);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *bar = new QHBoxLayout;
    bar->addWidget(button(tr("新建接诊 (Ctrl+J)"), QKeySequence(QStringLiteral("Ctrl+J")),
                          &ResidentView::newEncounter));
    bar->addWidget(button(tr("健康体检 (Ctrl+T)"), QKeySequence(QStringLiteral("Ctrl+T")),
                          &ResidentView::newHealthCheck));
    bar->addWidget(button(tr("个人基本信息表 (Ctrl+B)"), QKeySequence(QStringLiteral("Ctrl+B")),
                          &ResidentView::editBasicInfo));
    bar->addWidget(button(tr("编辑居民信息 (Ctrl+E)"), QKeySequence(QStringLiteral("Ctrl+E")),
                          &ResidentView::editResident));
    bar->addWidget(
        button(tr("打印/PDF (Ctrl+P)"), QKeySequence::Print, &ResidentView::printRecord));
    bar->addWidget(
        m_correct = button(tr("更正 (F2)"), QKeySequence(Qt::Key_F2), &ResidentView::correctEntry));
    m_life = new QPushButton(tr("档案状态 (Ctrl+D)"), this);
    m_life->setObjectName(QStringLiteral("lifeButton"));
    m_life->setShortcut(QKeySequence(QStringLiteral("Ctrl+D")));
    m_lifeMenu = new QMenu(m_life);
    m_lifeMenu->setObjectName(QStringLiteral("lifeMenu"));
    for (const auto &[kind, text] :
         {std::pair{Models::LifeEventKind::Deceased, tr("登记死亡…")},
          std::pair{Models::LifeEventKind::Moved, tr("迁出…")},
          std::pair{Models::LifeEventKind::Closed, tr("注销档案…")},
          std::pair{Models::LifeEventKind::TransferredIn, tr("迁入登记…")},
          std::pair{Models::LifeEventKind::Reopened, tr("撤销（恢复档案）…")}}) {
        QAction *a = m_lifeMenu->addAction(text);
        a->setData(int(kind));
        connect(a, &QAction::triggered, this, [this, kind = kind] { recordLifeEvent(int(kind)); });
    }
    m_life->setMenu(m_lifeMenu);
    bar->addWidget(m_life);
    // 服务项目 (Ctrl+K): what the programmes offer for this resident (residentactions.h).
    m_services = new QPushButton(tr("服务项目 (Ctrl+K)"), this);
    m_services->setObjectName(QStringLiteral("servicesButton"));
    m_services->setShortcut(QKeySequence(QStringLiteral("Ctrl+K")));
    m_servicesMenu = new QMenu(m_services);
    m_servicesMenu->setObjectName(QStringLiteral("servicesMenu"));
    m_services->setMenu(m_servicesMenu);
    bar->addWidget(m_services);
    bar->addStretch();
    // The kind filter stands over the timeline it filters (the button bar must fit 1366 px in
    // English too).
    auto *filterBar = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("全部记录"), QString());
    for (const Models::TimelineSource &s : Models::timelineSources())
        if (!s.permission || m_context.scope.can(QLatin1String(s.permission)))
            m_kind->addItem(s.translatedLabel(), QLatin1String(s.kind));
    filterBar->addWidget(new QLabel(tr("显示："), this));
    filterBar->addWidget(m_kind);
    filterBar->addStretch();

    m_model = new Models::TimelineModel(m_context.connection, m_context.scope, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("timeline"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->setColumnWidth(0, 90);
    m_table->setColumnWidth(1, 80);
    m_table->setColumnWidth(2, 150);
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("entryDetail"));
    m_signature = new SignaturePanel(m_context, this);
    auto *entry = new QWidget(this);
    auto *entryLayout = new QVBoxLayout(entry);
    entryLayout->setContentsMargins(0, 0, 0, 0);
    entryLayout->addWidget(m_detail, 1);
    entryLayout->addWidget(m_signature);
    auto *timelinePane = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelinePane);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addLayout(filterBar);
    timelineLayout->addWidget(m_table, 1);
    auto *split = new QSplitter(this);
    split->addWidget(timelinePane);
    split->addWidget(entry);
    split->setSizes({700, 500});

    m_lifeBanner = new MessageBanner(MessageBanner::Warning, this);
    m_lifeBanner->setObjectName(QStringLiteral("lifeBanner"));
    m_lifeBanner->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lifeBanner);
    layout->addWidget(m_header);
    layout->addWidget(m_due);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setKindFilter(m_kind->currentData().toString());
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
        showCurrent();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResidentView::showCurrent);
    connect(m_table, &QTableView::activated, this, [this] { m_detail->setFocus(); });
    reload();
    m_table->setFocus();
}

void ResidentView::reload()
{
    auto r = Models::ResidentRepository(m_context.connection)
                 .openRecord(m_context.scope, m_residentId); // audited as a read
    if (!r) {
        m_header->setText(r.error().message.toHtmlEscaped());
        return;
    }
    m_resident = *r;
    QString village;
    if (auto villages = Models::AreaRepository(m_context.connection).villages(m_context.scope))
        for (const Models::Area &a : *villages)
            if (a.code == m_resident.villageCode)
                village = a.name;
    m_badges.clear();
    QString badgeHtml;
    if (auto b = Models::Timeline::badges(m_context.connection, m_context.scope, m_resident))
        for (const Models::Badge &badge : *b) {
            m_badges << badge.text;
            const QString color =
                badge.kind == QLatin1String("programme") || badge.kind == QLatin1String("alert")
                    ? QStringLiteral("#c0392b")
                : badge.kind == QLatin1String("maternal") ? QStringLiteral("#8e44ad")
                : badge.kind == QLatin1String("age")      ? QStringLiteral("#1f5fa8")
                : badge.kind == QLatin1String("life")     ? QStringLiteral("#424242")
                                                          : QStringLiteral("#2e7d32");
            badgeHtml +=
                QStringLiteral(" <span style='background:%1;color:white'>&nbsp;%2&nbsp;</span>")
                    .arg(color, badge.text.toHtmlEscaped());
        }
    updateLife();
    updateServices();
    const int age = m_resident.shownAge(QDate::currentDate());
    m_header->setText(
        QStringLiteral("<span style='font-size:16pt;font-weight:bold'>%1</span>　%2　%3　%4%5<br>"
                       "%6：%7　　%8：%9　　%10：%11　　%12：%13")
            .arg(m_resident.name.toHtmlEscaped(),
                 Models::CodeTable::get(QStringLiteral("sex")).label(QString(m_resident.sex)),
                 tr("%1岁").arg(age), m_resident.birthDate.toString(Qt::ISODate), badgeHtml,
                 tr("身份证号"), m_resident.idNumber.isEmpty() ? tr("（无）") : m_resident.idNumber,
                 tr("电话"),
                 m_resident.phone.isEmpty() ? tr("（无）") : m_resident.phone.toHtmlEscaped())
            .arg(tr("村（居委会）"), village.toHtmlEscaped(), tr("档案编号"), m_resident.recordNo));
    m_due->setResident(m_resident);
    const QString current =
        m_table->currentIndex().data(Models::TimelineModel::EntryIdRole).toString();
    (void)m_model->load(m_residentId);
    int row = 0;
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (m_model->index(i, 0).data(Models::TimelineModel::EntryIdRole).toString() == current)
            row = i;
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    showCurrent();
}

bool ResidentView::open(const Context &context, const QString &residentId, QWidget *parent)
{
    ResidentView view(context, residentId, parent);
    view.exec();
    return view.changed();
}

QString ResidentView::headerText() const
{
    return m_header->text();
}

void ResidentView::showCurrent()
{
    const QModelIndex i = m_table->currentIndex();
    m_correct->setEnabled(
        EntryCorrection::canCorrect(i.data(Models::TimelineModel::KindRole).toString()));
    m_signature->setEntry(i.data(Models::TimelineModel::KindRole).toString(),
                          i.data(Models::TimelineModel::EntryIdRole).toString());
    if (!i.isValid()) {
        m_detail->setHtml(tr("<p>还没有记录。</p>"));
        return;
    }
    m_detail->setHtml(
        QStringLiteral("<h3>%1　%2</h3>%3")
            .arg(m_model->index(i.row(), Models::TimelineModel::Date).data().toString(),
                 m_model->index(i.row(), Models::TimelineModel::Title)
                     .data()
                     .toString()
                     .toHtmlEscaped(),
                 i.data(Models::TimelineModel::DetailRole).toString()));
}

void ResidentView::editResident()
{
    ResidentEditor editor(m_context, m_residentId, this);
    if (editor.exec() == QDialog::Accepted) {
        m_changed = true;
        reload();
    }
}

void ResidentView::newEncounter()
{
    EncounterDialog d(m_context, m_residentId, this);
    if (d.exec() == QDialog::Accepted) {
        m_changed = true;
        reload();
        selectEntry(d.saved().id);
    }
}

void ResidentView::newHealthCheck()
{
    HealthFormDialog d(m_context, m_residentId, HealthFormDialog::HealthCheck, this);
    if (d.exec() == QDialog::Accepted) {
        m_changed = true;
        reload();
        selectEntry(d.savedId());
    }
}

void ResidentView::editBasicInfo()
{
    HealthFormDialog d(m_context, m_residentId, HealthFormDialog::BasicInfo, this);
    if (d.exec() == QDialog::Accepted) {
        m_changed = true;
        reload();
    }
}

void ResidentView::correctEntry()
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid())
        return;
    const QString newId =
        EntryCorrection::run(m_context, i.data(Models::TimelineModel::KindRole).toString(),
                             i.data(Models::TimelineModel::EntryIdRole).toString(), this);
    if (newId.isEmpty())
        return;
    m_changed = true;
    reload();
    selectEntry(newId);
}

void ResidentView::updateLife()
{
    const bool active = m_resident.isActive();
    const bool moved = m_resident.lifeStatus == QLatin1String("moved");
    const bool canRecord = m_context.scope.can(QStringLiteral("lifecycle.write"));
    const bool canReopen = m_context.scope.can(QStringLiteral("reopen.write"));
    for (QAction *a : m_lifeMenu->actions()) {
        const auto kind = Models::LifeEventKind(a->data().toInt());
        bool on = false;
        if (kind == Models::LifeEventKind::Reopened)
            on = canReopen && !active;
        else if (kind == Models::LifeEventKind::TransferredIn)
            on = canRecord && (active || moved);
        else
            on = canRecord && active;
        a->setVisible(on);
    }
    m_life->setEnabled(!m_lifeMenu->actions().isEmpty() &&
                       std::any_of(m_lifeMenu->actions().cbegin(), m_lifeMenu->actions().cend(),
                                   [](const QAction *a) { return a->isVisible(); }));
    if (active) {
        m_lifeBanner->clear();
        return;
    }
    QString text = tr("%1。").arg(Models::lifeStatusText(m_resident));
    if (!m_resident.lifeReason.isEmpty())
        text = tr("%1（%2）。").arg(Models::lifeStatusText(m_resident), m_resident.lifeReason);
    text +=
        tr("该居民自该日起不在任何工作清单和统计中，签约和慢病管理已终止；记录全部保留，可查阅。");
    if (canReopen)
        text += tr("如登记有误，可在“档案状态”中撤销（恢复档案）。");
    m_lifeBanner->setText(text);
}

void ResidentView::recordLifeEvent(int kind)
{
    LifeEventDialog d(m_context, m_residentId, Models::LifeEventKind(kind), this);
    if (d.exec() == QDialog::Accepted) {
        m_changed = true;
        reload();
    }
}

void ResidentView::selectEntry(const QString &id)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->index(row, 0).data(Models::TimelineModel::EntryIdRole).toString() == id)
            m_table->setCurrentIndex(m_model->index(row, 0));
}

void ResidentView::printRecord()
{
    QMenu menu(this);
    QAction *preview = menu.addAction(tr("档案封面与个人基本信息表：打印预览…"));
    QAction *pdf = menu.addAction(tr("档案封面与个人基本信息表：保存为 PDF…"));
    // The health examination form: the check selected in the timeline, else the latest one.
    const QString check = CheckPrinter::checkFor(
        m_context.connection, m_context.scope, m_residentId,
        m_table->currentIndex().data(Models::TimelineModel::KindRole).toString() ==
                QLatin1String("health_check")
            ? m_table->currentIndex().data(Models::TimelineModel::EntryIdRole).toString()
            : QString());
    menu.addSeparator();
    QAction *checkPreview = menu.addAction(tr("健康体检表：打印预览…"));
    QAction *checkPdf = menu.addAction(tr("健康体检表：保存为 PDF…"));
    checkPreview->setEnabled(!check.isEmpty());
    checkPdf->setEnabled(!check.isEmpty());
    QAction *chosen = menu.exec(mapToGlobal(rect().center()));
    if (chosen == checkPreview) {
        if (auto form = CheckPrinter::form(m_context.connection, m_context.scope, check))
            previewPaperForm(*form, this, tr("打印预览：健康体检表"));
    } else if (chosen == checkPdf) {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("保存为 PDF"), m_resident.name + tr("-健康体检表.pdf"), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            (void)CheckPrinter::savePdf(m_context.connection, m_context.scope, check, path);
    }
    if (chosen == preview) {
        if (auto form = RecordPrinter::form(m_context.connection, m_context.scope, m_residentId))
            previewPaperForm(*form, this);
    } else if (chosen == pdf) {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("保存为 PDF"), m_resident.name + tr("-健康档案.pdf"), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            (void)RecordPrinter::savePdf(m_context.connection, m_context.scope, m_residentId, path);
    }
}

void ResidentView::updateServices()
{
    m_servicesMenu->clear();
    const QDate today = QDate::currentDate();
    for (const ResidentAction &action : residentActions()) {
        if (action.applies && !action.applies(m_context, m_resident, today))
            continue;
        QAction *a = m_servicesMenu->addAction(action.label());
        a->setObjectName(action.id);
        if (!action.shortcut.isEmpty()) {
            a->setShortcut(action.shortcut);
            addAction(a); // the key works without opening the menu
        }
        connect(a, &QAction::triggered, this, [this, run = action.run] {
            if (run && run(m_context, m_residentId, this)) {
                m_changed = true;
                reload();
            }
        });
    }
    m_services->setEnabled(!m_servicesMenu->isEmpty());
}

} // namespace Gui
