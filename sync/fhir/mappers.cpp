// The one list of synced kinds. Adding a kind: write a RecordMapper (one file, see
// residentmapper.cpp) and add one line below (docs/sync.md "Adding a kind").
#include "recordmapper.h"

#include "chronicmapper.h"
#include "clinicalmappers.h"
#include "householdmapper.h"
#include "residentmapper.h"

#include <algorithm>

namespace Sync {

const std::vector<std::unique_ptr<RecordMapper>> &mappers()
{
    static const std::vector<std::unique_ptr<RecordMapper>> list = [] {
        std::vector<std::unique_ptr<RecordMapper>> v;
        v.push_back(std::make_unique<HouseholdMapper>());
        v.push_back(std::make_unique<ResidentMapper>());
        v.push_back(std::make_unique<ChronicRegistrationMapper>());
        v.push_back(makeTeamMapper());
        v.push_back(makePackageMapper());
        v.push_back(makeVaccineLotMapper());
        v.push_back(makeStaffMapper());
        v.push_back(makeResidentFlagMapper());
        v.push_back(makeBasicInfoMapper());
        v.push_back(makeFollowupMapper());
        v.push_back(makeDoseMapper());
        v.push_back(makeImmunizationStateMapper());
        v.push_back(makeCertificateMapper());
        v.push_back(makeContractMapper());
        v.push_back(makeHealthCheckMapper());
        v.push_back(makeEncounterMapper());
        v.push_back(makeContractTaskMapper());
        v.push_back(makeMentalPatientMapper());
        v.push_back(makeMentalFollowupMapper());
        v.push_back(makeTbPatientMapper());
        v.push_back(makeTbVisitMapper());
        v.push_back(makeReferralMapper());
        v.push_back(makeChildCheckMapper());
        v.push_back(makePregnancyMapper());
        v.push_back(makeMaternalVisitMapper());
        v.push_back(makeElderlyServiceMapper());
        v.push_back(makeTcmAssessmentMapper());
        v.push_back(makeTcmChildServiceMapper());
        v.push_back(makeTbDoseMapper());
        std::stable_sort(v.begin(), v.end(),
                         [](const auto &a, const auto &b) { return a->rank() < b->rank(); });
        return v;
    }();
    return list;
}

} // namespace Sync
