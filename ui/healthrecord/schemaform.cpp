#include "schemaform.h"

#include "clinicalranges.h"

#include <QComboBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Gui {

namespace {
// Tab and row-label texts take '&' as a shortcut mark ("Allergies & exposures").
QString plain(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}
} // namespace

SchemaForm::SchemaForm(const QString &schemaName, QWidget *parent)
    : QTabWidget(parent), m_schema(Models::FormSchema::get(schemaName))
{
    for (const Models::FormSection &s : m_schema.sections()) {
        auto *inner = new QWidget;
        auto *outer = new QVBoxLayout(inner);
        if (s.tab() != s.title()) { // a short tab: the page says its whole title
            auto *heading = new QLabel(s.title(), inner);
            heading->setStyleSheet(QStringLiteral("font-weight:bold"));
            outer->addWidget(heading);
        }
        auto *form = new QFormLayout;
        outer->addLayout(form);
        outer->addStretch(1); // rows stay at the top instead of spreading over the tab
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        for (const Models::FormField &f : s.fields) {
            QWidget *w = makeWidget(f, inner);
            w->setObjectName(f.key);
            m_widgets.insert(f.key, w);
            auto *box = new QWidget(inner);
            auto *v = new QVBoxLayout(box);
            v->setContentsMargins(0, 0, 0, 0);
            v->setSpacing(1);
            v->addWidget(w);
            auto *msg = new QLabel(box);
            msg->setWordWrap(true);
            msg->setVisible(!f.note().isEmpty());
            msg->setText(f.note());
            msg->setStyleSheet(QStringLiteral("color:#555"));
            m_messages.insert(f.key, msg);
            v->addWidget(msg);
            form->addRow(plain(f.labelWithUnit()), box);
        }
        auto *scroll = new QScrollArea;
        scroll->setWidget(inner);
        scroll->setWidgetResizable(true);
        setTabToolTip(addTab(scroll, plain(s.tab())), s.title());
    }
    if (auto *bmi = qobject_cast<QLineEdit *>(m_widgets.value(QStringLiteral("bmi"))))
        bmi->setReadOnly(true);
}

QWidget *SchemaForm::makeWidget(const Models::FormField &f, QWidget *parent)
{
    if (f.type == QLatin1String("choice")) {
        auto *c = new QComboBox(parent);
        c->addItem(QString(), QString());
        for (const Models::FormOption &o : f.options)
            c->addItem(QStringLiteral("%1 %2").arg(o.code, o.label()), o.code);
        connect(c, &QComboBox::currentIndexChanged, this, &SchemaForm::valuesChanged);
        return c;
    }
    if (f.type == QLatin1String("multi")) {
        auto *l = new QListWidget(parent);
        l->setFlow(QListView::LeftToRight);
        l->setWrapping(true);
        l->setResizeMode(QListView::Adjust);
        for (const Models::FormOption &o : f.options) {
            auto *item = new QListWidgetItem(o.label(), l);
            item->setData(Qt::UserRole, o.code);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Unchecked);
        }
        l->setMaximumHeight(f.options.size() > 8 ? 110 : 60);
        connect(l, &QListWidget::itemChanged, this, &SchemaForm::valuesChanged);
        return l;
    }
    if (f.type == QLatin1String("table")) {
        auto *t = new QTableWidget(3, int(f.columns.size()), parent);
        QStringList headers;
        for (const Models::FormField &c : f.columns)
            headers << c.labelWithUnit();
        t->setHorizontalHeaderLabels(headers);
        t->horizontalHeader()->setStretchLastSection(true);
        t->setMaximumHeight(130);
        t->setToolTip(tr("每行一条；日期写成 2024-05-01，选项写名称"));
        return t;
    }
    auto *e = new QLineEdit(parent);
    if (f.type == QLatin1String("int") || f.type == QLatin1String("decimal")) {
        e->setMaximumWidth(140);
        auto *v = new QDoubleValidator(e);
        v->setNotation(QDoubleValidator::StandardNotation);
        v->setDecimals(f.type == QLatin1String("int") ? 0 : 2);
        e->setValidator(v);
        connect(e, &QLineEdit::textChanged, this, [this] {
            recheck();
            emit valuesChanged();
        });
    } else {
        if (f.type == QLatin1String("date"))
            e->setPlaceholderText(QStringLiteral("yyyy-mm-dd"));
        else if (f.type == QLatin1String("month"))
            e->setPlaceholderText(QStringLiteral("yyyy-mm"));
        connect(e, &QLineEdit::textChanged, this, &SchemaForm::valuesChanged);
    }
    return e;
}

void SchemaForm::setPatient(QChar sex, int age)
{
    m_sex = sex;
    m_age = age;
    recheck();
}

QJsonObject SchemaForm::values() const
{
    QJsonObject o;
    for (const Models::FormSection &s : m_schema.sections())
        for (const Models::FormField &f : s.fields) {
            QWidget *w = m_widgets.value(f.key);
            if (auto *c = qobject_cast<QComboBox *>(w)) {
                if (!c->currentData().toString().isEmpty())
                    o.insert(f.key, c->currentData().toString());
            } else if (auto *l = qobject_cast<QListWidget *>(w)) {
                QJsonArray a;
                for (int i = 0; i < l->count(); ++i)
                    if (l->item(i)->checkState() == Qt::Checked)
                        a.append(l->item(i)->data(Qt::UserRole).toString());
                if (!a.isEmpty())
                    o.insert(f.key, a);
            } else if (auto *t = qobject_cast<QTableWidget *>(w)) {
                QJsonArray rows;
                for (int r = 0; r < t->rowCount(); ++r) {
                    QJsonObject row;
                    for (int c = 0; c < f.columns.size(); ++c) {
                        const QString text =
                            t->item(r, c) ? t->item(r, c)->text().trimmed() : QString();
                        if (text.isEmpty())
                            continue;
                        const Models::FormField &col = f.columns.at(c);
                        const QString code = col.optionCode(text);
                        row.insert(col.key, code.isEmpty() ? text : code);
                    }
                    if (!row.isEmpty())
                        rows.append(row);
                }
                if (!rows.isEmpty())
                    o.insert(f.key, rows);
            } else if (auto *e = qobject_cast<QLineEdit *>(w)) {
                const QString text = e->text().trimmed();
                if (text.isEmpty())
                    continue;
                if (f.type == QLatin1String("int") || f.type == QLatin1String("decimal")) {
                    bool ok = false;
                    const double d = QLocale::c().toDouble(text, &ok);
                    o.insert(f.key, ok ? QJsonValue(d) : QJsonValue(text));
                } else {
                    o.insert(f.key, text);
                }
            }
        }
    o.remove(QStringLiteral("bmi")); // computed from height and weight when stored
    return o;
}

void SchemaForm::setValues(const QJsonObject &values)
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        QWidget *w = m_widgets.value(it.key());
        const Models::FormField *f = m_schema.field(it.key());
        if (!w || !f)
            continue;
        if (auto *c = qobject_cast<QComboBox *>(w)) {
            c->setCurrentIndex(qMax(0, c->findData(it.value().toVariant().toString())));
        } else if (auto *l = qobject_cast<QListWidget *>(w)) {
            QStringList codes;
            for (const QJsonValue &v : it.value().toArray())
                codes << v.toVariant().toString();
            for (int i = 0; i < l->count(); ++i)
                l->item(i)->setCheckState(codes.contains(l->item(i)->data(Qt::UserRole).toString())
                                              ? Qt::Checked
                                              : Qt::Unchecked);
        } else if (auto *t = qobject_cast<QTableWidget *>(w)) {
            const QJsonArray rows = it.value().toArray();
            t->setRowCount(qMax(3, int(rows.size()) + 1));
            for (int r = 0; r < rows.size(); ++r)
                for (int c = 0; c < f->columns.size(); ++c) {
                    const Models::FormField &col = f->columns.at(c);
                    const QString v = rows.at(r).toObject().value(col.key).toVariant().toString();
                    t->setItem(
                        r, c, new QTableWidgetItem(col.options.isEmpty() ? v : col.optionLabel(v)));
                }
        } else if (auto *e = qobject_cast<QLineEdit *>(w)) {
            e->setText(it.value().isDouble() ? QString::number(it.value().toDouble())
                                             : it.value().toString());
        }
    }
    recheck();
}

void SchemaForm::recheck()
{
    QJsonObject v = values();
    const double bmi = Models::ClinicalRanges::bmi(v.value(QStringLiteral("height")).toDouble(),
                                                   v.value(QStringLiteral("weight")).toDouble());
    if (auto *b = qobject_cast<QLineEdit *>(m_widgets.value(QStringLiteral("bmi"))))
        b->setText(std::isnan(bmi) ? QString() : QString::number(bmi, 'f', 1));
    showChecks(Models::ClinicalRanges::get().checkForm(v, m_sex, m_age));
}

void SchemaForm::showChecks(const QList<Models::FieldCheck> &checks)
{
    m_checks = checks;
    for (auto it = m_messages.begin(); it != m_messages.end(); ++it) {
        const Models::FormField *f = m_schema.field(it.key());
        it.value()->setText(f ? f->note() : QString());
        it.value()->setStyleSheet(QStringLiteral("color:#555"));
        it.value()->setVisible(f && !f->note().isEmpty());
        if (auto *e = qobject_cast<QLineEdit *>(m_widgets.value(it.key())))
            e->setStyleSheet(QString());
    }
    for (const Models::FieldCheck &c : checks) {
        QLabel *l = m_messages.value(c.field);
        if (!l)
            continue;
        static const char *colors[] = {"#b00020", "#b26a00", "#b00020", "#c0392b", "#1f5fa8"};
        const QString prefix = c.severity == Models::FieldCheck::Refuse      ? tr("不能保存：")
                               : c.severity == Models::FieldCheck::Confirm   ? tr("请确认：")
                               : c.severity == Models::FieldCheck::Emergency ? tr("⚠ ")
                                                                             : QString();
        l->setText(prefix + c.message);
        l->setStyleSheet(
            QStringLiteral("color:%1; font-weight:%2")
                .arg(QLatin1String(colors[c.severity]), c.severity == Models::FieldCheck::Emergency
                                                            ? QStringLiteral("bold")
                                                            : QStringLiteral("normal")));
        l->setVisible(true);
        if (c.severity == Models::FieldCheck::Refuse)
            if (auto *e = qobject_cast<QLineEdit *>(m_widgets.value(c.field)))
                e->setStyleSheet(QStringLiteral("border:1px solid #b00020"));
    }
}

QString SchemaForm::fieldMessage(const QString &key) const
{
    QLabel *l = m_messages.value(key);
    return l && !l->isHidden() ? l->text() : QString(); // not isVisibleTo: other tabs are hidden
}

} // namespace Gui
