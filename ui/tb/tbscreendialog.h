#pragma once

#include "context.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Gui {

// 肺结核可疑者筛查: cough and sputum days and the listed symptoms (resources/rules/tb.json); a
// suspect is referred to the designated institution with the two-way referral slip (source kind
// "tb_screen"), which report table 09 counts as 推介转诊 and the referral list follows up.
class TbScreenDialog : public QDialog
{
    Q_OBJECT
public:
    TbScreenDialog(const Context &context, const QString &residentId, QWidget *parent = nullptr);

    bool suspect() const;
    // The referral's 主要现病史: what the screen found, in the words of the form.
    QString findings() const;
    bool referred() const { return m_referred; }

private:
    void update();
    void refer();

    Context m_context;
    QString m_residentId;
    QSpinBox *m_cough;
    QList<QCheckBox *> m_symptoms;
    QLabel *m_verdict;
    QPushButton *m_refer;
    bool m_referred = false;
};

} // namespace Gui
