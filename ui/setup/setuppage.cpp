#include "setuppage.h"

#include "messagebanner.h"

#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Gui {

SetupPage::SetupPage(QStringList keys, QWidget *parent)
    : QWizardPage(parent), m_keys(std::move(keys))
{
    auto *outer = new QVBoxLayout(this);
    m_body = new QVBoxLayout;
    outer->addLayout(m_body, 1);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("pageMessage"));
    m_banner->setWordWrap(true);
    outer->addWidget(m_banner);
}

void SetupPage::contribute(QJsonObject &, bool) const
{
}

bool SetupPage::owns(const QString &where) const
{
    for (const QString &key : m_keys)
        if (where == key || where.startsWith(key + QLatin1Char('.')) ||
            where.startsWith(key + QLatin1Char('[')))
            return true;
    return false;
}

void SetupPage::clearProblems()
{
    clearMarks();
    m_banner->clear();
}

bool SetupPage::showProblems(const QVector<Models::SetupProblem> &all)
{
    clearProblems();
    QStringList lines;
    for (const Models::SetupProblem &p : all) {
        if (!owns(p.where) || ignores(p))
            continue;
        const QString where = place(p, lines.isEmpty());
        lines << (where.isEmpty() ? p.reason : tr("%1：%2").arg(where, p.reason));
    }
    if (lines.isEmpty())
        return true;
    lines.removeDuplicates();
    constexpr int Shown = 6;
    if (lines.size() > Shown) {
        const auto more = lines.size() - Shown;
        lines = lines.mid(0, Shown);
        lines << tr("另有 %1 处问题").arg(more);
    }
    m_banner->showMessage(lines.join(QLatin1Char('\n')), MessageBanner::Error);
    return false;
}

void SetupPage::mark(QWidget *field, bool bad, const QString &reason)
{
    if (!field)
        return;
    // By object name, so a table's header and editors keep their own look.
    const QString rule = QStringLiteral("border:2px solid #b00020;");
    field->setStyleSheet(!bad ? QString()
                         : field->objectName().isEmpty()
                             ? rule
                             : QStringLiteral("#%1{%2}").arg(field->objectName(), rule));
    field->setToolTip(bad ? reason : QString());
}

int SetupPage::indexAfter(const QString &path, const QString &prefix)
{
    if (!path.startsWith(prefix))
        return -1;
    static const QRegularExpression index(QStringLiteral("^\\[(\\d+)\\]"));
    const auto m = index.match(path.mid(prefix.size()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString SetupPage::leaf(const QString &path)
{
    return path.section(QLatin1Char('.'), -1);
}

QLabel *SetupPage::hint(const QString &text)
{
    auto *l = new QLabel(text, this);
    l->setWordWrap(true);
    l->setForegroundRole(QPalette::PlaceholderText);
    return l;
}

} // namespace Gui
