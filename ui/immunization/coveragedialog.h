#pragma once

#include "context.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace Models {
class CoverageModel;
class BehindModel;
} // namespace Models

namespace Gui {

// 接种率: 建证率, per-vaccine per-dose coverage and timely rates for a period and a village (or
// every village in scope), and the children behind schedule. Enter on a child opens their card.
class CoverageDialog : public QDialog
{
    Q_OBJECT
public:
    CoverageDialog(const Context &context, const QString &villageCode, QWidget *parent = nullptr);
    Models::CoverageModel *model() const { return m_model; }
    QString chosenChild() const { return m_chosen; }

public slots:
    void compute();

private:
    const Context &m_context;
    QComboBox *m_village = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_behind = nullptr;
    Models::CoverageModel *m_model = nullptr;
    Models::BehindModel *m_behindModel = nullptr;
    QString m_chosen;
};

} // namespace Gui
