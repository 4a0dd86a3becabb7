#include "tcmassessmentdialog.h"

#include "formguard.h"
#include "healthrecordrepository.h"
#include "messagebanner.h"
#include "readonlytable.h"
#include "tcmrepository.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Gui {

namespace {
const Models::TcmRules &rules()
{
    return Models::TcmRules::standard();
}
} // namespace

TcmAssessmentDialog::TcmAssessmentDialog(const Context &context, const QString &residentId,
                                         QWidget *parent)
    : QDialog(parent), m_context(context), m_residentId(residentId)
{
    setObjectName(QStringLiteral("tcmAssessmentDialog"));
    setWindowTitle(tr("老年人中医药健康管理服务记录表"));
    resize(1080, 700);
    auto *outer = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_bmi = new QDoubleSpinBox(this);
    m_bmi->setObjectName(QStringLiteral("bmi"));
    m_bmi->setRange(0, 80);
    m_bmi->setDecimals(1);
    m_bmi->setSpecialValueText(tr("未测"));
    m_waist = new QDoubleSpinBox(this);
    m_waist->setObjectName(QStringLiteral("waist"));
    m_waist->setRange(0, 250);
    m_waist->setDecimals(1);
    m_waist->setSuffix(tr(" 厘米"));
    m_waist->setSpecialValueText(tr("未测"));
    // The latest health check's BMI and waist set items 9 and 28 (the form's anchors).
    if (auto checks = Models::HealthRecordRepository(m_context.connection)
                          .healthChecks(m_context.scope, m_residentId);
        checks && !checks->isEmpty()) {
        const QJsonObject f = checks->first().form;
        m_bmi->setValue(f.value(QStringLiteral("bmi")).toDouble());
        m_waist->setValue(f.value(QStringLiteral("waist")).toVariant().toDouble());
    }
    top->addWidget(new QLabel(tr("评估日期"), this));
    top->addWidget(m_date);
    top->addSpacing(16);
    top->addWidget(new QLabel(tr("体质指数（第9题）"), this));
    top->addWidget(m_bmi);
    top->addSpacing(16);
    top->addWidget(new QLabel(tr("腰围（第28题）"), this));
    top->addWidget(m_waist);
    top->addStretch();
    outer->addLayout(top);

    auto *middle = new QHBoxLayout;
    m_list = new QTableWidget(Models::TcmQuestionCount, 2, this);
    m_list->setObjectName(QStringLiteral("questions"));
    m_list->setProperty("jiayiDraft", false);
    m_list->setHorizontalHeaderLabels({tr("问题"), tr("答案")});
    m_list->verticalHeader()->setDefaultSectionSize(22);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < Models::TcmQuestionCount; ++i) {
        QString text = rules().question(i + 1);
        // The question without the explanation that follows it.
        if (const int end = text.indexOf(QChar(0xFF1F)); end > 0)
            text = text.left(end + 1);
        else if (const int q = text.indexOf(QLatin1Char('?')); q > 0)
            text = text.left(q + 1);
        auto *item = new QTableWidgetItem(text);
        item->setToolTip(rules().question(i + 1));
        m_list->setItem(i, 0, item);
        m_list->setItem(i, 1, new QTableWidgetItem());
    }
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setMinimumWidth(420);
    m_list->installEventFilter(this);
    middle->addWidget(m_list, 5);

    auto *panel = new QVBoxLayout;
    m_number = new QLabel(this);
    m_number->setObjectName(QStringLiteral("questionNumber"));
    panel->addWidget(m_number);
    m_question = new QLabel(this);
    m_question->setObjectName(QStringLiteral("questionText"));
    m_question->setWordWrap(true);
    QFont big = m_question->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_question->setFont(big);
    m_question->setMinimumHeight(72);
    panel->addWidget(m_question);
    m_options = new QButtonGroup(this);
    m_options->setExclusive(false);
    for (int v = 1; v <= 5; ++v) {
        auto *b = new QPushButton(this);
        b->setObjectName(QStringLiteral("option%1").arg(v));
        b->setProperty("jiayiDraft", false);
        b->setCheckable(true);
        b->setFocusPolicy(Qt::NoFocus);
        b->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 8px;"));
        m_options->addButton(b, v);
        panel->addWidget(b);
    }
    connect(m_options, &QButtonGroup::idClicked, this, [this](int v) {
        if (!isMeasured(m_current))
            setAnswer(m_current, v, true);
        else
            showQuestion(m_current);
    });
    auto *hint = new QLabel(
        tr("按数字键 1～5 作答并进入下一题；↑↓ 换题。请按居民平时的情况回答，不要诱导。"), this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    panel->addWidget(hint);

    m_results = new QTableWidget(rules().constitutions().size(), 3, this);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setProperty("jiayiDraft", false);
    m_results->setHorizontalHeaderLabels({tr("体质"), tr("得分"), tr("判定")});
    setUpReadOnlyTable(m_results);
    m_results->verticalHeader()->setDefaultSectionSize(20);
    m_results->setFocusPolicy(Qt::NoFocus);
    for (int i = 0; i < rules().constitutions().size(); ++i)
        for (int c = 0; c < 3; ++c)
            m_results->setItem(
                i, c,
                new QTableWidgetItem(c == 0 ? rules().constitutions().at(i).displayLabel()
                                            : QString()));
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    panel->addWidget(m_results, 1);
    m_primary = new QLabel(this);
    m_primary->setObjectName(QStringLiteral("primary"));
    m_primary->setWordWrap(true);
    panel->addWidget(m_primary);
    auto *guidance = new QHBoxLayout;
    guidance->addWidget(new QLabel(tr("中医药保健指导"), this));
    for (const QString &code : rules().guidanceDomains()) {
        auto *c = new QCheckBox(rules().guidanceDomainLabel(code), this);
        c->setObjectName(QStringLiteral("guidance_") + code);
        c->setProperty("code", code);
        m_guidance << c;
        guidance->addWidget(c);
    }
    guidance->addStretch();
    panel->addLayout(guidance);
    middle->addLayout(panel, 6);
    outer->addLayout(middle, 1);

    // The answers as one hidden field, so the draft (FormGuard) keeps them.
    m_answersField = new QLineEdit(this);
    m_answersField->setObjectName(QStringLiteral("answers"));
    m_answersField->hide();
    connect(m_answersField, &QLineEdit::textChanged, this, [this](const QString &t) {
        const QStringList parts = t.split(QLatin1Char(','));
        bool changed = false;
        for (int i = 0; i < Models::TcmQuestionCount && i < parts.size(); ++i) {
            const int v = std::clamp(parts.at(i).toInt(), 0, 5);
            if (m_answers[i] != v) {
                m_answers[i] = v;
                changed = true;
            }
        }
        if (changed) {
            for (int i = 0; i < Models::TcmQuestionCount; ++i)
                if (m_answers[i])
                    setAnswer(i + 1, m_answers[i], false);
            showQuestion(1);
        }
    });
    m_error = new MessageBanner(this);
    outer->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("保存"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TcmAssessmentDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &TcmAssessmentDialog::reject);
    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row, int, int, int) {
        if (row >= 0)
            showQuestion(row + 1);
    });
    connect(m_bmi, &QDoubleSpinBox::valueChanged, this, &TcmAssessmentDialog::applyMeasures);
    connect(m_waist, &QDoubleSpinBox::valueChanged, this, &TcmAssessmentDialog::applyMeasures);

    m_guard = new FormGuard(this, m_context, QStringLiteral("tcm_assessment"), m_residentId);
    applyMeasures();
    showQuestion(1);
    m_list->setCurrentCell(0, 0);
    m_list->setFocus();
}

void TcmAssessmentDialog::showQuestion(int number)
{
    m_current = std::clamp(number, 1, Models::TcmQuestionCount);
    m_number->setText(tr("第 %1 题，共 %2 题").arg(m_current).arg(Models::TcmQuestionCount));
    m_question->setText(rules().question(m_current));
    const Models::TcmAnchor *anchor = rules().anchor(m_current);
    for (int v = 1; v <= 5; ++v) {
        QAbstractButton *b = m_options->button(v);
        const QString label =
            anchor ? anchor->levels.at(v - 1).displayLabel() : rules().scaleLabel(v);
        b->setText(QStringLiteral("%1  %2").arg(v).arg(label));
        b->setChecked(m_answers[m_current - 1] == v);
    }
    if (m_list->currentRow() != m_current - 1)
        m_list->setCurrentCell(m_current - 1, 0);
}

void TcmAssessmentDialog::setAnswer(int number, int value, bool advance)
{
    m_answers[number - 1] = value;
    m_list->item(number - 1, 1)
        ->setText(value ? QStringLiteral("%1 %2").arg(value).arg(
                              rules().anchor(number) && !rules().anchor(number)->measure.isEmpty()
                                  ? rules().anchor(number)->levels.at(value - 1).displayLabel()
                                  : rules().scaleShortLabel(value))
                        : QString());
    QStringList text;
    for (int v : m_answers)
        text << QString::number(v);
    m_answersField->setText(text.join(QLatin1Char(',')));
    rescore();
    if (advance && number < Models::TcmQuestionCount) {
        int next = number + 1;
        while (next < Models::TcmQuestionCount && isMeasured(next))
            ++next;
        showQuestion(next);
    } else {
        showQuestion(number);
    }
}

bool TcmAssessmentDialog::isMeasured(int number) const
{
    const Models::TcmAnchor *a = rules().anchor(number);
    if (!a)
        return false;
    return (a->measure == QLatin1String("bmi") && m_bmi->value() > 0) ||
           (a->measure == QLatin1String("waist_cm") && m_waist->value() > 0);
}

void TcmAssessmentDialog::applyMeasures()
{
    if (m_bmi->value() > 0)
        if (auto v = rules().anchorValue(9, m_bmi->value()))
            setAnswer(9, *v, false);
    if (m_waist->value() > 0)
        if (auto v = rules().anchorValue(28, m_waist->value()))
            setAnswer(28, *v, false);
}

void TcmAssessmentDialog::rescore()
{
    auto a = rules().assess(m_answers);
    for (int i = 0; i < rules().constitutions().size(); ++i) {
        const QString code = rules().constitutions().at(i).code;
        const auto *t = a ? a->type(code) : nullptr;
        m_results->item(i, 1)->setText(t ? QString::number(t->score) : QString());
        m_results->item(i, 2)->setText(t ? (t->result == Models::TcmResult::No
                                                ? QStringLiteral("—")
                                                : a->displayResultLabel(t->result))
                                         : QString());
    }
    if (!a) {
        int answered = 0;
        for (int v : m_answers)
            answered += v ? 1 : 0;
        m_primary->setText(
            tr("已答 %1 题，还有 %2 题").arg(answered).arg(Models::TcmQuestionCount - answered));
        return;
    }
    QStringList names;
    for (const QString &c : a->constitutions)
        names << rules().constitution(c)->displayLabel();
    QString text =
        names.isEmpty() ? tr("体质：无法判定") : tr("体质：%1").arg(names.join(tr("、")));
    if (!a->primary.isEmpty())
        text += tr("；按%1指导").arg(rules().constitution(a->primary)->displayLabel());
    for (const QString &f : a->flags) {
        if (f == QLatin1String("equal_scores"))
            text += tr("。得分相同，请中医师判定");
        else if (f == QLatin1String("undetermined"))
            text +=
                tr("。无法判定体质，请查找原因或 %1 天后重新采集").arg(rules().recheckAfterDays());
        else if (f.startsWith(QLatin1String("contradiction")))
            text += tr("。阴虚质与阳虚质同时为“是”，请重新核对答案");
    }
    m_primary->setText(text);
}

bool TcmAssessmentDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto *k = static_cast<QKeyEvent *>(event);
        if (k->key() >= Qt::Key_1 && k->key() <= Qt::Key_5) {
            // A measured item keeps its anchored answer; the key moves on.
            if (isMeasured(m_current))
                showQuestion(m_current + 1);
            else
                setAnswer(m_current, k->key() - Qt::Key_0, true);
            return true;
        }
        if (k->key() == Qt::Key_Backspace || k->key() == Qt::Key_Delete) {
            setAnswer(m_current, 0, false);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TcmAssessmentDialog::save()
{
    Models::TcmRecord r;
    r.residentId = m_residentId;
    r.date = m_date->date();
    r.doctor = m_context.scope.userId;
    r.answers = m_answers;
    if (m_bmi->value() > 0)
        r.bmi = m_bmi->value();
    if (m_waist->value() > 0)
        r.waistCm = m_waist->value();
    QStringList domains;
    for (auto *c : m_guidance)
        if (c->isChecked())
            domains << c->property("code").toString();
    if (auto a = rules().assess(m_answers); a && !domains.isEmpty())
        for (const QString &c : a->constitutions)
            r.guidance.insert(c, domains);
    auto saved = Models::TcmRepository(m_context.connection).addAssessment(m_context.scope, r);
    if (!saved) {
        m_error->showMessage(saved.error().message, MessageBanner::Error);
        if (saved.error().field.startsWith(QLatin1String("item_"))) {
            showQuestion(saved.error().field.mid(5).toInt());
            m_list->setFocus();
        }
        return;
    }
    m_savedId = saved->id;
    m_guard->saved();
    accept();
}

void TcmAssessmentDialog::reject()
{
    if (m_guard->allowClose())
        QDialog::reject();
}

} // namespace Gui
