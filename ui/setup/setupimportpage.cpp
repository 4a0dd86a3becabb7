#include "setupimportpage.h"

#include "messagebanner.h"
#include "residentimport.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace Gui {

ImportPage::ImportPage(QWidget *parent) : SetupPage({QStringLiteral("residents")}, parent)
{
    setTitle(tr("居民名单（可选）"));
    setSubTitle(tr("已有居民名单时在这里选择。可以以后再导入。"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("residentFile"));
    m_path->setPlaceholderText(tr("不导入可留空"));
    auto *label = new QLabel(tr("居民名单文件(&F)"), this);
    label->setBuddy(m_path);
    auto *browse = new QPushButton(tr("浏览(&O)…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString p = QFileDialog::getOpenFileName(this, tr("选择居民名单"), m_path->text(),
                                                       tr("居民名单 (*.csv *.txt *.xlsx)"));
        if (!p.isEmpty()) {
            m_path->setText(QDir::toNativeSeparators(p));
            inspect();
        }
    });
    connect(m_path, &QLineEdit::editingFinished, this, &ImportPage::inspect);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    body()->addLayout(row);
    m_info = new MessageBanner(MessageBanner::Info, this);
    m_info->setObjectName(QStringLiteral("residentFileInfo"));
    m_info->setWordWrap(true);
    body()->addWidget(m_info);
    body()->addWidget(hint(
        tr("CSV（UTF-8 或 GB18030）或 Excel .xlsx，第一行为表头，例如：姓名、性别、出生日期、身份"
           "证号、联系电话、现住址、村。机构建立后自动打开“导入居民名单”：核对列对照，试运行检查"
           "每一行，再导入。不选则以后在“居民档案 → 导入”中导入。")));
    body()->addStretch();
}

void ImportPage::setVillages(const QList<std::pair<QString, QString>> &villages)
{
    if (villages != m_villages) {
        m_villages = villages;
        m_inspected.clear(); // the village names are checked again
    }
    inspect();
}

QString ImportPage::file() const
{
    const QString p = m_path->text().trimmed();
    return p.isEmpty() ? p : QFileInfo(QDir::fromNativeSeparators(p)).absoluteFilePath();
}

// Reads the list as the import will (TabularFile, the detected mapping) and says what it found.
void ImportPage::inspect()
{
    const QString path = file();
    if (path == m_inspected)
        return;
    m_inspected = path;
    m_error.clear();
    m_findings.clear();
    m_info->clear();
    clearProblems();
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto table = Models::TabularFile::read(path);
    QApplication::restoreOverrideCursor();
    if (!table) {
        m_error = table.error().message;
        showProblems(ownProblems());
        return;
    }
    const Models::ImportMapping mapping = Models::ImportMapping::detect(table->header);
    QStringList lines{tr("%1：%2 行居民，%3 列（%4）")
                          .arg(QFileInfo(path).fileName())
                          .arg(table->rows.size())
                          .arg(table->header.size())
                          .arg(table->encoding)};
    MessageBanner::Level level = MessageBanner::Info;
    if (const int name = mapping.columnOf(Models::ImportField::Name); name < 0) {
        lines << tr("没有认出“姓名”列：导入时请在“列对照”中指定。");
        level = MessageBanner::Warning;
    }
    const int village = mapping.columnOf(Models::ImportField::Village);
    if (village < 0) {
        lines << tr("名单中没有“村”列：导入时选一个村，所有居民都归入该村。");
    } else {
        QSet<QString> known;
        for (const auto &v : std::as_const(m_villages))
            for (const QString &n : Models::ResidentImport::villageNames(v.second))
                known.insert(n);
        for (const auto &v : std::as_const(m_villages))
            known.insert(v.first);
        QHash<QString, int> unknown;
        for (const QStringList &row : table->rows) {
            const QString cell = row.value(village).simplified();
            if (!cell.isEmpty() && !known.contains(cell))
                ++unknown[cell];
        }
        if (unknown.isEmpty()) {
            lines << tr("“村”列（第 %1 列）中的村都在上一步填写的村中。").arg(village + 1);
        } else {
            QStringList names;
            int rows = 0;
            for (auto it = unknown.cbegin(); it != unknown.cend(); ++it) {
                names << QStringLiteral("%1（%2 行）").arg(it.key()).arg(it.value());
                rows += it.value();
            }
            names.sort();
            constexpr int Listed = 8;
            const QString list = names.mid(0, Listed).join(QStringLiteral("、")) +
                                 (names.size() > Listed ? tr(" 等") : QString());
            lines << tr("“村”列中有 %1 个村名不在上一步填写的村中：%2。这 %3 行导入时会被拒绝；"
                        "可回到“乡镇和村”补上这些村，或改正名单。")
                         .arg(names.size())
                         .arg(list)
                         .arg(rows);
            level = MessageBanner::Warning;
        }
    }
    m_findings = lines.join(QLatin1Char('\n'));
    m_info->showMessage(m_findings, level);
}

void ImportPage::prepare()
{
    inspect(); // typed in without leaving the field
}

QVector<Models::SetupProblem> ImportPage::ownProblems() const
{
    if (!m_error.isEmpty())
        return {{QStringLiteral("residents.file"), m_error}};
    return {};
}

QString ImportPage::place(const Models::SetupProblem &p, bool focus)
{
    mark(m_path, true, p.reason);
    if (focus)
        m_path->setFocus();
    return tr("居民名单文件");
}

void ImportPage::clearMarks()
{
    mark(m_path, false);
}

} // namespace Gui
