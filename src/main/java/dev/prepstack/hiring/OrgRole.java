package dev.prepstack.hiring;

/** A person's role in one organisation: owners manage members and invites. */
public enum OrgRole {
    OWNER,
    MEMBER
}
