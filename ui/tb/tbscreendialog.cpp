#include "tbscreendialog.h"

#include "referraldialog.h"
#include "residenttitle.h"
#include "tbrules.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Gui {

TbScreenDialog::TbScreenDialog(const Context &context, const QString &residentId, QWidget *parent)
    : QDialog(parent), m_context(context), m_residentId(residentId)
{
    setWindowTitle(residentTitle(m_context, residentId, tr("肺结核可疑者筛查")));
    const Models::TbRules &rules = Models::TbRules::standard();
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_cough = new QSpinBox(this);
    m_cough->setObjectName(QStringLiteral("cough_days"));
    m_cough->setRange(0, 365);
    m_cough->setSuffix(tr(" 天"));
    form->addRow(tr("咳嗽、咳痰天数(&C)"), m_cough);
    layout->addLayout(form);
    auto *box = new QGroupBox(tr("其他症状"), this);
    auto *boxLayout = new QVBoxLayout(box);
    int n = 0;
    for (const QString &s : rules.suspectSymptoms()) {
        auto *c = new QCheckBox(rules.suspectSymptomLabel(s), box);
        c->setProperty("symptom", s); // the rule file's word: compared and stored
        c->setObjectName(QStringLiteral("symptom_%1").arg(n++));
        boxLayout->addWidget(c);
        m_symptoms << c;
        connect(c, &QCheckBox::toggled, this, &TbScreenDialog::update);
    }
    layout->addWidget(box);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_refer = buttons->addButton(tr("推介转诊(&R)…"), QDialogButtonBox::ActionRole);
    m_refer->setObjectName(QStringLiteral("refer"));
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    connect(m_cough, &QSpinBox::valueChanged, this, &TbScreenDialog::update);
    connect(m_refer, &QPushButton::clicked, this, &TbScreenDialog::refer);
    connect(buttons, &QDialogButtonBox::rejected, this, &TbScreenDialog::reject);
    update();
}

bool TbScreenDialog::suspect() const
{
    QStringList checked;
    for (const QCheckBox *c : m_symptoms)
        if (c->isChecked())
            checked << c->property("symptom").toString();
    return Models::TbRules::standard().isSuspect(m_cough->value(), checked);
}

QString TbScreenDialog::findings() const
{
    QStringList parts;
    if (m_cough->value() > 0)
        parts << QStringLiteral("咳嗽、咳痰 %1 天").arg(m_cough->value());
    for (const QCheckBox *c : m_symptoms)
        if (c->isChecked())
            parts << c->property("symptom").toString();
    // The slip's text stays in the form's words (stored, printed and sent as the form has it).
    return QStringLiteral("肺结核可疑者筛查：%1").arg(parts.join(QStringLiteral("，")));
}

void TbScreenDialog::update()
{
    const bool s = suspect();
    m_verdict->setText(s ? tr("<b>肺结核可疑者</b>：请推介转诊到结核病定点医疗机构，并在一周内"
                              "随访是否到位。")
                         : tr("未达到可疑者标准（咳嗽、咳痰%1天及以上，或有所列症状之一）。")
                               .arg(Models::TbRules::standard().suspectCoughDays()));
    m_refer->setEnabled(s);
    m_refer->setDefault(s);
}

void TbScreenDialog::refer()
{
    if (!suspect())
        return;
    if (ReferralDialog::startFrom(m_context, m_residentId, QStringLiteral("tb_screen"), {},
                                  findings(), this)) {
        m_referred = true;
        accept();
    }
}

} // namespace Gui
