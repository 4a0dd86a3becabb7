#pragma once

#include "context.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace Models {
class LotListModel;
}

namespace Gui {

// 疫苗库存: the lots usable today (first to expire first) with doses received and on hand, lots
// expiring within 30 days (the schedule's lot_near_expiry_days) highlighted, and a form to
// receive a new lot. An expired lot is refused.
class LotsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LotsDialog(const Context &context, QWidget *parent = nullptr);
    Models::LotListModel *model() const { return m_model; }
    QComboBox *vaccineBox() const { return m_vaccine; }
    QLineEdit *lotEdit() const { return m_lotNo; }
    QDateEdit *expiryEdit() const { return m_expiry; }
    QSpinBox *dosesEdit() const { return m_doses; }
    QTableView *table() const { return m_table; }
    QLabel *stockLabel() const { return m_stock; }
    QLabel *messageLabel() const { return m_message; }

public slots:
    bool addLot();
    void reload();

private:
    const Context &m_context;
    QComboBox *m_vaccine = nullptr;
    QLineEdit *m_lotNo = nullptr;
    QLineEdit *m_manufacturer = nullptr;
    QDateEdit *m_expiry = nullptr;
    QSpinBox *m_doses = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_stock = nullptr;
    QTableView *m_table = nullptr;
    Models::LotListModel *m_model = nullptr;
};

} // namespace Gui
