package org.duban.gateway.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.duban.gateway.access.RegionPolicy;
import org.duban.gateway.auth.UserDtos.CreateUserRequest;
import org.duban.gateway.auth.UserDtos.UserView;
import org.duban.platform.paging.Page;
import org.duban.platform.paging.PageQuery;
import org.duban.platform.problem.ProblemException;

/** The embedded user store: administrators add and disable people; passwords are kept as bcrypt hashes. */
@ApplicationScoped
@Transactional
public class UserService {
    private final RegionPolicy regions;

    public UserService(RegionPolicy regions) {
        this.regions = regions;
    }

    public UserView create(CreateUserRequest request) {
        AccountScope.check(request.roles(), request.regionCode(), request.unitId(), regions);
        if (GatewayUser.findById(request.login()) != null) {
            throw ProblemException.conflict("login " + request.login() + " exists already / 用户名已存在");
        }
        GatewayUser user = new GatewayUser();
        user.login = request.login();
        user.passwordHash = BcryptUtil.bcryptHash(request.password());
        user.roles = RoleList.format(request.roles());
        user.regionCode = request.regionCode();
        user.unitId = request.unitId();
        user.displayName = request.name();
        user.persist();
        return UserView.of(user);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UserView> list(PageQuery page) {
        return Page.of(GatewayUser.find("order by login"), page, UserView::of);
    }

    public UserView disable(String login) {
        GatewayUser user = GatewayUser.findById(login);
        if (user == null) {
            throw ProblemException.notFound("user", login);
        }
        user.enabled = false;
        return UserView.of(user);
    }
}
