#pragma once

#include "paperform.h"
#include "referralrepository.h"

namespace Gui {

// The 双向转诊单 on paper (docs/domain/referral.md): the stub (存根) kept by the clinic above the
// cut line, the up-referral slip (转出单) below it, on one A4 page; with the return slip (回转单)
// on a second page once the receiving institution has answered.
class ReferralPrinter
{
public:
    static PaperForm form(const Models::Referral &referral, const QString &clinicName, int age,
                          const QString &sex);
};

} // namespace Gui
