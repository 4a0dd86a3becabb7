#include "setupareaspage.h"

#include "entrytable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Gui {

namespace {
enum Column { Code, Name };
}

AreasPage::AreasPage(QWidget *parent) : SetupPage({QStringLiteral("townships")}, parent)
{
    setTitle(tr("乡镇和村"));
    setSubTitle(tr("本机构所在的乡镇（街道）和它所辖的村（居委会）。"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("townshipCode"));
    m_code->setMaxLength(9);
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,9}")), m_code));
    m_code->setPlaceholderText(tr("9 位数字"));
    m_code->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0")) * 14 + 16);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("townshipName"));
    m_name->setPlaceholderText(tr("例如：星沙街道"));
    auto *codeLabel = new QLabel(tr("乡镇（街道）代码(&T)"), this);
    codeLabel->setBuddy(m_code);
    auto *nameLabel = new QLabel(tr("名称(&E)"), this);
    nameLabel->setBuddy(m_name);
    auto *top = new QHBoxLayout;
    top->addWidget(codeLabel);
    top->addWidget(m_code);
    top->addSpacing(16);
    top->addWidget(nameLabel);
    top->addWidget(m_name, 1);
    body()->addLayout(top);

    m_villages = new EntryTable({tr("区划代码（12 位）"), tr("村（居委会）名称")}, this);
    m_villages->setObjectName(QStringLiteral("villages"));
    m_villages->horizontalHeader()->resizeSection(
        Code, m_villages->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 16 + 60);
    connect(m_villages, &EntryTable::cellEdited, this, &AreasPage::completeCode);
    auto *tableLabel = new QLabel(tr("村（居委会）(&V)"), this);
    tableLabel->setBuddy(m_villages);
    auto *remove = new QPushButton(tr("删除行(&D)"), this);
    remove->setObjectName(QStringLiteral("removeVillage"));
    connect(remove, &QPushButton::clicked, this, [this] {
        m_villages->removeRowAt(m_villages->currentRow());
        m_villages->setFocus();
    });
    auto *labelRow = new QHBoxLayout;
    labelRow->addWidget(tableLabel);
    labelRow->addStretch();
    labelRow->addWidget(remove);
    body()->addLayout(labelRow);
    body()->addWidget(m_villages, 1);
    body()->addWidget(hint(
        tr("区划代码用国家统计局的统计用区划代码：乡镇 9 位，村 12 位（前 9 位是乡镇代码）。"
           "每行一个村或居委会。代码可只输入最后 3 位，离开单元格时自动补上乡镇代码。可从 Excel "
           "选中“代码、名称”两列复制，在表中按 Ctrl+V 粘贴。Delete 删除当前行；在最后的空行按 "
           "Tab 离开表格。导入居民名单时按村名找村，村名不能重复。")));
}

QString AreasPage::townshipCode() const
{
    return m_code->text().trimmed();
}

QString AreasPage::townshipName() const
{
    return m_name->text().trimmed();
}

QList<std::pair<QString, QString>> AreasPage::villages() const
{
    QList<std::pair<QString, QString>> out;
    for (int row : m_villages->filledRows())
        out.append({m_villages->text(row, Code), m_villages->text(row, Name)});
    return out;
}

// "201" -> the township's code + "201": the last three digits are what differs between villages.
void AreasPage::completeCode(int row, int column)
{
    static const QRegularExpression three(QStringLiteral("^\\d{3}$"));
    const QString code = m_villages->text(row, Code);
    if (column == Code && three.match(code).hasMatch() && townshipCode().size() == 9)
        m_villages->setText(row, Code, townshipCode() + code);
}

void AreasPage::contribute(QJsonObject &root, bool) const
{
    QJsonArray villages;
    for (const auto &[code, name] : this->villages())
        villages.append(
            QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("name"), name}});
    root.insert(QStringLiteral("townships"),
                QJsonArray{QJsonObject{{QStringLiteral("code"), townshipCode()},
                                       {QStringLiteral("name"), townshipName()},
                                       {QStringLiteral("villages"), villages}}});
}

QString AreasPage::place(const Models::SetupProblem &p, bool focus)
{
    const QString villagesPath = QStringLiteral("townships[0].villages");
    const int j = indexAfter(p.where, villagesPath);
    if (j >= 0) {
        const int row = m_villages->filledRows().value(j, -1);
        const int column = leaf(p.where) == QLatin1String("name") ? Name : Code;
        if (row < 0)
            return {};
        m_villages->markCell(row, column, p.reason);
        if (focus) {
            m_villages->setFocus();
            m_villages->setCurrentCell(row, column);
        }
        return tr("第 %1 行%2").arg(row + 1).arg(column == Name ? tr("名称") : tr("代码"));
    }
    if (p.where.startsWith(villagesPath)) { // no village at all
        mark(m_villages, true, p.reason);
        if (focus) {
            m_villages->setFocus();
            m_villages->setCurrentCell(0, Code);
        }
        return tr("村（居委会）");
    }
    QLineEdit *field = leaf(p.where) == QLatin1String("name") ? m_name : m_code;
    mark(field, true, p.reason);
    if (focus)
        field->setFocus();
    return field == m_name ? tr("乡镇名称") : tr("乡镇代码");
}

void AreasPage::clearMarks()
{
    mark(m_code, false);
    mark(m_name, false);
    mark(m_villages, false);
    m_villages->clearMarks();
}

} // namespace Gui
