#pragma once

#include "context.h"
#include "messagebanner.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;

namespace Models {
class PackageServiceModel;
}

namespace Gui {

// 服务包管理: packages are versioned; saving stores a new version and retires the old one, so
// signed contracts keep what they were signed with. Needs the settings.write permission.
class PackageAdminWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PackageAdminWidget(const Context &context, QWidget *parent = nullptr);

    QTableView *servicesTable() const { return m_servicesView; }
    Models::PackageServiceModel *services() const { return m_services; }
    QListWidget *eligibleList() const { return m_eligible; }
    QLabel *message() const { return m_message; }

public slots:
    void reload();
    void saveNewVersion();
    void newPackage();

private:
    void showPackage();
    void addService();
    void removeService();
    const Context &m_context;
    QListWidget *m_list = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QDoubleSpinBox *m_insurance = nullptr;
    QDoubleSpinBox *m_publicHealth = nullptr;
    QDoubleSpinBox *m_resident = nullptr;
    QLabel *m_fee = nullptr;
    QListWidget *m_eligible = nullptr; // key populations, checkable; none = anyone
    QTableView *m_servicesView = nullptr;
    Models::PackageServiceModel *m_services = nullptr;
    MessageBanner *m_message = nullptr;
};

} // namespace Gui
