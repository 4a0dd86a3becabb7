#include "importwizard.h"

#include "arearepository.h"

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QWizardPage>

namespace Gui {

namespace {
constexpr int PreviewRows = 20;

QWizardPage *makePage(const QString &title, const QString &subtitle)
{
    auto *p = new QWizardPage;
    p->setTitle(title);
    p->setSubTitle(subtitle);
    return p;
}
} // namespace

ImportWizard::ImportWizard(const Context &context, QWidget *parent)
    : QWizard(parent), m_context(context)
{
    setWindowTitle(tr("导入居民名单"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    resize(1000, 640);

    // 1. File
    auto *file = makePage(
        tr("选择文件"),
        tr("CSV（UTF-8 或 GB18030，自动识别）或 Excel .xlsx（第一个工作表，第一行为表头）"));
    m_path = new QLineEdit(file);
    m_path->setObjectName(QStringLiteral("importPath"));
    auto *browse = new QPushButton(tr("浏览…"), file);
    m_fileInfo = new QLabel(file);
    m_fileInfo->setWordWrap(true);
    auto *fl = new QVBoxLayout(file);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    fl->addLayout(row);
    fl->addWidget(m_fileInfo);
    fl->addStretch();
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString p = QFileDialog::getOpenFileName(this, tr("选择居民名单"), QString(),
                                                       tr("居民名单 (*.csv *.txt *.xlsx)"));
        if (!p.isEmpty())
            m_path->setText(p);
    });
    setPage(FilePage, file);

    // 2. Mapping + preview
    auto *mapping = makePage(
        tr("列对照"), tr("每一列对应居民信息的哪一项；已按表头自动识别，可修改。下方预览前 %1 行。")
                          .arg(PreviewRows));
    m_mappingBox = new QWidget;
    auto *scroll = new QScrollArea(mapping);
    scroll->setWidget(m_mappingBox);
    scroll->setWidgetResizable(true);
    scroll->setMaximumHeight(150);
    m_village = new QComboBox(mapping);
    m_village->setObjectName(QStringLiteral("defaultVillage"));
    m_village->addItem(tr("（按文件中的“村”列）"), QString());
    if (auto villages = Models::AreaRepository(m_context.connection).villages(m_context.scope))
        for (const Models::Area &a : *villages)
            m_village->addItem(a.name, a.code);
    m_previewModel = new QStandardItemModel(this);
    m_preview = new QTableView(mapping);
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setDefaultSectionSize(110);
    auto *ml = new QVBoxLayout(mapping);
    ml->addWidget(scroll);
    auto *vf = new QFormLayout;
    vf->addRow(tr("没有“村”列或为空时归入："), m_village);
    ml->addLayout(vf);
    ml->addWidget(m_preview, 1);
    setPage(MappingPage, mapping);

    // 3. Dry run
    auto *dry = makePage(
        tr("试运行"), tr("检查每一行，不写入数据库。有错误的行不会导入；可以先改正文件再回来。"));
    m_dryText = new QPlainTextEdit(dry);
    m_dryText->setObjectName(QStringLiteral("dryRunReport"));
    m_dryText->setReadOnly(true);
    m_dryProgress = new QProgressBar(dry);
    m_dryProgress->setObjectName(QStringLiteral("dryRunProgress"));
    m_dryStop = new QPushButton(tr("停止检查"), dry);
    m_dryStop->setObjectName(QStringLiteral("stopDryRun"));
    m_dryStop->setEnabled(false);
    connect(m_dryStop, &QPushButton::clicked, this, [this] { m_cancelRequested = true; });
    auto *dl = new QVBoxLayout(dry);
    auto *dr = new QHBoxLayout;
    dr->addWidget(m_dryProgress, 1);
    dr->addWidget(m_dryStop);
    dl->addLayout(dr);
    dl->addWidget(m_dryText);
    setPage(DryRunPage, dry);

    // 4. Import
    auto *imp = makePage(tr("导入"), tr("正确的行按批写入（每批两万行，一个事务）；取消时已完成的批"
                                        "次保留，进行中的这一批撤销。"));
    m_progress = new QProgressBar(imp);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_cancel = new QPushButton(tr("取消导入"), imp);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_save = new QPushButton(tr("保存报告…"), imp);
    m_save->setObjectName(QStringLiteral("saveReport"));
    m_importText = new QPlainTextEdit(imp);
    m_importText->setObjectName(QStringLiteral("importReport"));
    m_importText->setReadOnly(true);
    auto *il = new QVBoxLayout(imp);
    auto *pr = new QHBoxLayout;
    pr->addWidget(m_progress, 1);
    pr->addWidget(m_cancel);
    pr->addWidget(m_save);
    il->addLayout(pr);
    il->addWidget(m_importText, 1);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_cancelRequested = true; });
    connect(m_save, &QPushButton::clicked, this, &ImportWizard::saveReport);
    setPage(ImportPage, imp);
    setButtonText(QWizard::NextButton, tr("下一步 >"));
    setButtonText(QWizard::BackButton, tr("< 上一步"));
    setButtonText(QWizard::FinishButton, tr("完成"));
    setButtonText(QWizard::CancelButton, tr("关闭"));
}

void ImportWizard::setFile(const QString &path)
{
    m_path->setText(path);
}

bool ImportWizard::loadFile()
{
    const QString path = m_path->text().trimmed();
    if (path == m_loadedPath && !m_table.header.isEmpty())
        return true;
    auto t = Models::TabularFile::read(path);
    if (!t) {
        m_fileInfo->setText(QStringLiteral("<span style='color:#b00020'>%1</span>")
                                .arg(t.error().message.toHtmlEscaped()));
        return false;
    }
    m_table = *t;
    m_loadedPath = path;
    m_fileInfo->setText(tr("%1：%2 列，%3 行数据（%4）")
                            .arg(QFileInfo(path).fileName())
                            .arg(m_table.header.size())
                            .arg(m_table.rows.size())
                            .arg(m_table.encoding));
    buildMapping();
    return true;
}

void ImportWizard::buildMapping()
{
    qDeleteAll(m_mappingBox->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    delete m_mappingBox->layout();
    m_combos.clear();
    auto *grid = new QFormLayout(m_mappingBox);
    const Models::ImportMapping detected = Models::ImportMapping::detect(m_table.header);
    for (int c = 0; c < m_table.header.size(); ++c) {
        auto *combo = new QComboBox(m_mappingBox);
        combo->addItem(Models::ImportMapping::fieldLabel(Models::ImportField::Ignore),
                       int(Models::ImportField::Ignore));
        for (Models::ImportField f : Models::ImportMapping::allFields())
            combo->addItem(Models::ImportMapping::fieldLabel(f), int(f));
        combo->setCurrentIndex(combo->findData(int(detected.columns.value(c))));
        grid->addRow(tr("第 %1 列“%2”").arg(c + 1).arg(m_table.header.at(c)), combo);
        m_combos << combo;
    }
    m_previewModel->clear();
    m_previewModel->setHorizontalHeaderLabels(m_table.header);
    for (int r = 0; r < m_table.rows.size() && r < PreviewRows; ++r) {
        QList<QStandardItem *> items;
        for (const QString &cell : m_table.rows.at(r))
            items << new QStandardItem(cell);
        m_previewModel->appendRow(items);
        m_previewModel->setVerticalHeaderItem(
            r, new QStandardItem(QString::number(m_table.lines.value(r))));
    }
}

Models::ImportMapping ImportWizard::mapping() const
{
    Models::ImportMapping m;
    for (QComboBox *c : m_combos)
        m.columns << Models::ImportField(c->currentData().toInt());
    m.defaultVillage = m_village->currentData().toString();
    return m;
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage:
        return loadFile();
    case MappingPage: {
        const Models::ImportMapping m = mapping();
        if (m.columnOf(Models::ImportField::Name) < 0) {
            m_fileInfo->setText(tr("请指定哪一列是姓名"));
            return false;
        }
        return true;
    }
    case DryRunPage:
        if (m_report.cancelled)
            return false; // a stopped check is no check: 上一步 then 下一步 runs it again
        return m_report.imported > 0 || m_report.total == 0 ? true : m_report.dryRun;
    default:
        return true;
    }
}

void ImportWizard::initializePage(int id)
{
    if (id == DryRunPage)
        runDryRun();
    else if (id == ImportPage)
        runImport();
}

void ImportWizard::runDryRun()
{
    // Checking a long list takes seconds: the bar moves every 500 rows and 停止检查 stops it.
    m_cancelRequested = false;
    m_dryStop->setEnabled(true);
    button(QWizard::BackButton)->setEnabled(false); // no page change while events are processed
    button(QWizard::NextButton)->setEnabled(false);
    m_dryText->clear();
    m_dryProgress->setRange(0, int(m_table.rows.size()));
    m_dryProgress->setValue(0);
    int checked = 0;
    Models::ImportOptions o;
    o.dryRun = true;
    o.progress = [this, &checked](int done, int) {
        checked = done;
        m_dryProgress->setValue(done);
        QApplication::processEvents();
        return !m_cancelRequested;
    };
    auto r =
        Models::ResidentImport(m_context.connection).run(m_context.scope, m_table, mapping(), o);
    m_dryStop->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(true);
    button(QWizard::NextButton)->setEnabled(true);
    if (r && r->cancelled) {
        m_report = *r;
        m_dryText->setPlainText(
            tr("检查已停止：已检查 %1 行，共 %2 行。要导入，请点“上一步”再点“下一步”重新检查。")
                .arg(checked)
                .arg(m_table.rows.size()));
        return;
    }
    if (!r) {
        m_dryText->setPlainText(r.error().message);
        m_report = {};
        return;
    }
    m_report = *r;
    m_report.file = m_loadedPath;
    m_dryText->setPlainText(m_report.toText());
}

void ImportWizard::runImport()
{
    m_cancelRequested = false;
    m_cancel->setEnabled(true);
    m_save->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    m_progress->setRange(0, int(m_table.rows.size()));
    // The fast path's large batches (20,000 rows a transaction); the import reports progress
    // every 500 rows inside a batch, and Cancel rolls back only the batch in progress.
    Models::ImportOptions o;
    o.progress = [this](int done, int) {
        m_progress->setValue(done);
        QApplication::processEvents();
        return !m_cancelRequested;
    };
    auto r =
        Models::ResidentImport(m_context.connection).run(m_context.scope, m_table, mapping(), o);
    m_cancel->setEnabled(false);
    m_save->setEnabled(true);
    if (!r) {
        m_importText->setPlainText(r.error().message);
        return;
    }
    m_report = *r;
    m_report.file = m_loadedPath;
    m_done = m_report.imported > 0;
    m_importText->setPlainText(m_report.toText());
}

void ImportWizard::saveReport()
{
    const QString p = QFileDialog::getSaveFileName(
        this, tr("保存导入报告"), QFileInfo(m_loadedPath).completeBaseName() + tr("-导入报告.txt"),
        tr("文本 (*.txt);;JSON (*.json)"));
    if (p.isEmpty())
        return;
    if (auto r = m_report.save(p); !r)
        m_importText->appendPlainText(r.error().message);
    else
        m_importText->appendPlainText(tr("报告已保存：%1").arg(p));
}

} // namespace Gui
