package dk.medhearing.committee;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps Camunda's users, groups and memberships in step with the organisation file. Everything it manages is
 * marked: users by membership of {@link #MANAGED_USERS_GROUP}, groups by type {@link #GROUP_TYPE}; what is
 * marked and no longer in the file is removed, what is unmarked (the admin user, camunda-admin) is left alone,
 * except that the file's administrators, and only they among the file's users, are members of camunda-admin.
 */
@Service
class IdentitySync {

    public static final String MANAGED_USERS_GROUP = "medhearing-users";
    public static final String GROUP_TYPE = "MED";

    private static final Logger log = LoggerFactory.getLogger(IdentitySync.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final InitialPasswords passwords;

    IdentitySync(
            IdentityService identityService, AuthorizationService authorizationService, InitialPasswords passwords) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.passwords = passwords;
    }

    /** Applies the organisation; returns the ids of the groups it manages now. */
    public Set<String> apply(Organisation organisation) {
        return apply(organisation, List.of());
    }

    /** Applies the organisation and the groups outside it (dialogue parties); returns the managed groups' ids. */
    public Set<String> apply(Organisation organisation, List<ExternalGroup> external) {
        ensureGroup(MANAGED_USERS_GROUP, "Alle MED-brugere", "SYSTEM");
        Map<String, String> groups = desiredGroups(organisation);
        external.forEach(g -> groups.put(g.id(), g.name()));
        groups.forEach((id, name) -> ensureGroup(id, name, GROUP_TYPE));
        removeGroupsNoLongerInFile(groups.keySet());

        Map<String, Member> people = new LinkedHashMap<>();
        organisation.allMembers().forEach(m -> people.putIfAbsent(m.id(), m));
        organisation.administrators().forEach(m -> people.putIfAbsent(m.id(), m));
        external.forEach(g -> g.members().forEach(m -> people.putIfAbsent(m.id(), m)));
        people.values().forEach(this::ensureUser);
        removeUsersNoLongerInFile(people.keySet());

        Set<String> managedGroups = new HashSet<>(groups.keySet());
        managedGroups.add(MANAGED_USERS_GROUP);
        // camunda-admin itself is Camunda's; which of the file's users belong to it is the file's (administrators)
        Set<String> administrators =
                organisation.administrators().stream().map(Member::id).collect(Collectors.toSet());
        if (!administrators.isEmpty()
                && identityService
                                .createGroupQuery()
                                .groupId(Groups.CAMUNDA_ADMIN)
                                .count()
                        == 0) {
            ensureGroup(Groups.CAMUNDA_ADMIN, "camunda BPM Administrators", Groups.GROUP_TYPE_SYSTEM);
        }
        managedGroups.add(Groups.CAMUNDA_ADMIN);
        for (String userId : people.keySet()) {
            Set<String> desired = new HashSet<>();
            desired.add(MANAGED_USERS_GROUP);
            if (administrators.contains(userId)) {
                desired.add(Groups.CAMUNDA_ADMIN);
            }
            for (Unit unit : organisation.units()) {
                unit.members().stream().filter(m -> m.id().equals(userId)).forEach(m -> {
                    desired.add(unit.id());
                    if (unit.isCommittee()) {
                        Organisation.TASK_ROLES.stream().filter(m::has).forEach(r -> desired.add(unit.roleGroupId(r)));
                    }
                });
            }
            external.stream()
                    .filter(g -> g.members().stream().anyMatch(m -> m.id().equals(userId)))
                    .forEach(g -> desired.add(g.id()));
            syncMemberships(userId, desired, managedGroups);
        }
        log.info(
                "Organisation applied: {} units, {} users, {} groups",
                organisation.units().size(),
                people.size(),
                groups.size());
        return managedGroups;
    }

    static Map<String, String> desiredGroups(Organisation organisation) {
        Map<String, String> groups = new LinkedHashMap<>();
        for (Unit unit : organisation.units()) {
            groups.put(unit.id(), unit.name());
            if (unit.isCommittee()) {
                for (Role role : Organisation.TASK_ROLES) {
                    groups.put(unit.roleGroupId(role), unit.name() + " – " + role.danish());
                }
            }
        }
        return groups;
    }

    private void ensureGroup(String id, String name, String type) {
        Group group = identityService.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identityService.newGroup(id);
        } else if (Objects.equals(group.getName(), name) && Objects.equals(group.getType(), type)) {
            return;
        }
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
    }

    private void removeGroupsNoLongerInFile(Set<String> desired) {
        for (Group group :
                identityService.createGroupQuery().groupType(GROUP_TYPE).list()) {
            if (!desired.contains(group.getId())) {
                log.info("Removing group {} (no longer in the organisation file)", group.getId());
                authorizationService
                        .createAuthorizationQuery()
                        .groupIdIn(group.getId())
                        .list()
                        .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
                identityService.deleteGroup(group.getId());
            }
        }
    }

    private void ensureUser(Member member) {
        User user = identityService.createUserQuery().userId(member.id()).singleResult();
        boolean created = user == null;
        if (created) {
            user = identityService.newUser(member.id());
            user.setPassword(passwords.forNewUser());
        } else if (Objects.equals(user.getFirstName(), member.firstName())
                && Objects.equals(user.getLastName(), member.lastName())
                && Objects.equals(user.getEmail(), member.email())) {
            return;
        }
        user.setFirstName(member.firstName());
        user.setLastName(member.lastName());
        user.setEmail(member.email());
        identityService.saveUser(user);
        log.info("{} user {}", created ? "Created" : "Updated", member.id());
    }

    private void removeUsersNoLongerInFile(Set<String> desired) {
        for (User user : identityService
                .createUserQuery()
                .memberOfGroup(MANAGED_USERS_GROUP)
                .list()) {
            if (!desired.contains(user.getId())) {
                log.info("Removing user {} (no longer in the organisation file)", user.getId());
                authorizationService
                        .createAuthorizationQuery()
                        .userIdIn(user.getId())
                        .list()
                        .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
                identityService.deleteUser(user.getId());
            }
        }
    }

    private void syncMemberships(String userId, Set<String> desired, Set<String> managed) {
        Set<String> current = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .collect(Collectors.toSet());
        for (String groupId : desired) {
            if (!current.contains(groupId)) {
                identityService.createMembership(userId, groupId);
            }
        }
        for (String groupId : current) {
            if (managed.contains(groupId) && !desired.contains(groupId)) {
                identityService.deleteMembership(userId, groupId);
            }
        }
    }
}
