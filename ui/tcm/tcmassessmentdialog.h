#pragma once

#include "context.h"
#include "tcmconstitution.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Gui {

class FormGuard;
class MessageBanner;

// 老年人中医药健康管理服务记录表: the 33 questions, answered with the number keys 1-5 (each key
// answers and moves on), items 9 and 28 filled from the latest check's BMI and waist, the nine
// constitutions judged as the answers come in, and the guidance chosen for what was found.
class TcmAssessmentDialog : public QDialog
{
    Q_OBJECT

public:
    TcmAssessmentDialog(const Context &context, const QString &residentId,
                        QWidget *parent = nullptr);

    // For tests and the work list: the question shown, its answer (0: none).
    int currentQuestion() const { return m_current; }
    int answer(int question) const { return m_answers[question - 1]; }
    QString savedId() const { return m_savedId; }

public slots:
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showQuestion(int number);
    void setAnswer(int number, int value, bool advance);
    bool isMeasured(int number) const; // 9 / 28 with a BMI / waist: set by the anchor
    void applyMeasures();
    void rescore();
    void save();

    const Context &m_context;
    QString m_residentId;
    Models::TcmAnswers m_answers{};
    int m_current = 1;
    QString m_savedId;
    QDateEdit *m_date = nullptr;
    QDoubleSpinBox *m_bmi = nullptr;
    QDoubleSpinBox *m_waist = nullptr;
    QTableWidget *m_list = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_question = nullptr;
    QButtonGroup *m_options = nullptr;
    QTableWidget *m_results = nullptr;
    QLabel *m_primary = nullptr;
    QList<QCheckBox *> m_guidance;
    QLineEdit *m_answersField = nullptr;
    MessageBanner *m_error = nullptr;
    FormGuard *m_guard = nullptr;
};

} // namespace Gui
