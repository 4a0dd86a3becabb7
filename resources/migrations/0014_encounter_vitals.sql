-- Vital signs of an encounter (接诊记录): systolic and diastolic blood pressure (mmHg), pulse
-- (beats/min) and temperature (℃), as JSON {"sbp":150,"dbp":95,"pulse":80,"temperature":36.8};
-- a sign not measured is absent. Checked against resources/rules/clinical_ranges.json.
ALTER TABLE encounter ADD COLUMN vitals_json TEXT NOT NULL DEFAULT '{}';
