-- Issue 24: a kit version's anchored rating scale (per attribute, what an answer rated 1 to 4 shows) and its
-- attribute weights for the computed score. Both belong to the version and never change with it; NULL reads as
-- "no anchors written" and "equal weights", which is what every version written before this migration had.
ALTER TABLE hiring_kit_version ADD COLUMN anchors_json VARCHAR(40000);
ALTER TABLE hiring_kit_version ADD COLUMN weights_json VARCHAR(2000);
