#pragma once

// The record kinds mapped after residents, households and chronic registrations: one mapper class
// per file (sync/<kind>mapper.cpp), made by these functions and listed in sync/mappers.cpp.

#include "recordmapper.h"

#include <QPair>

namespace Sync {

std::unique_ptr<RecordMapper> makeFollowupMapper();          // chronic_followup
std::unique_ptr<RecordMapper> makeDoseMapper();              // immunization_dose
std::unique_ptr<RecordMapper> makeVaccineLotMapper();        // vaccine_lot
std::unique_ptr<RecordMapper> makeImmunizationStateMapper(); // immunization_state
std::unique_ptr<RecordMapper> makeCertificateMapper();       // immunization_certificate
std::unique_ptr<RecordMapper> makeTeamMapper();              // contract_team (+ its villages)
std::unique_ptr<RecordMapper> makeStaffMapper();             // contract_staff
std::unique_ptr<RecordMapper> makePackageMapper();           // contract_package
std::unique_ptr<RecordMapper> makeContractMapper();          // contract (+ its packages)
std::unique_ptr<RecordMapper> makeContractTaskMapper();      // contract_task
std::unique_ptr<RecordMapper> makeResidentFlagMapper();      // resident_flag
std::unique_ptr<RecordMapper> makeBasicInfoMapper();         // basic_info
std::unique_ptr<RecordMapper> makeHealthCheckMapper();       // health_check
std::unique_ptr<RecordMapper> makeEncounterMapper();         // encounter
std::unique_ptr<RecordMapper> makeMentalPatientMapper();     // mental_patient (restricted)
std::unique_ptr<RecordMapper> makeMentalFollowupMapper();    // mental_followup (restricted)
std::unique_ptr<RecordMapper> makeTbPatientMapper();         // tb_patient
std::unique_ptr<RecordMapper> makeTbVisitMapper();           // tb_visit
std::unique_ptr<RecordMapper> makeReferralMapper();          // referral (+ its Task)
std::unique_ptr<RecordMapper> makeChildCheckMapper();        // child_check
std::unique_ptr<RecordMapper> makePregnancyMapper();         // pregnancy (+ its newborns)
std::unique_ptr<RecordMapper> makeMaternalVisitMapper();     // maternal_visit
std::unique_ptr<RecordMapper> makeElderlyServiceMapper();    // elderly_service
std::unique_ptr<RecordMapper> makeTcmAssessmentMapper();     // tcm_assessment
std::unique_ptr<RecordMapper> makeTcmChildServiceMapper();   // tcm_child_service
std::unique_ptr<RecordMapper> makeTbDoseMapper();            // tb_dose

// CVX code and display of a vaccine product (resources/codes/vaccine_cvx.json), empty if none.
QPair<QString, QString> cvxFor(const QString &product);

// Shared by the clinical mappers.
QJsonObject quantity(double value, const QString &unit, const QString &ucum);
QJsonValue numberOrNull(const QJsonValue &v); // keeps a number, else null
QString areaOfResident(const QJsonObject &row, const MapContext &ctx);

// A resident's form sent as a QuestionnaireResponse (the record) with Observations that repeat its
// scores for platforms that read Observations: only the response is read back, and deleting an
// Observation clears nothing, so the two can never disagree (the 65+ service, the TCM form).
class ResponseWithScoresMapper : public RecordMapper
{
public:
    QString area(const QJsonObject &row, const MapContext &ctx) const override
    {
        return areaOfResident(row, ctx);
    }
    void applyPart(QJsonObject &row, const Part &part, const QJsonObject &resource,
                   bool deleted) const override
    {
        if (part.type == QLatin1String("QuestionnaireResponse"))
            RecordMapper::applyPart(row, part, resource, deleted);
    }
};

} // namespace Sync
