import { UseGuards } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth } from '../../common/auth/decorators.js';
import { DeployFormInput, FormModel, FormVersionReportModel } from './dtos/form.model.js';
import { FormService } from './form.service.js';

@Resolver()
@UseGuards(AuthGuard)
export class FormResolver {
  constructor(private readonly formService: FormService) {}

  @Mutation(() => FormModel, { description: 'Deploys form-js JSON: an unchanged schema keeps its version, a changed one becomes version n+1 (builders)' })
  deployForm(@CurrentAuth() auth: AuthContext, @Args('input') input: DeployFormInput) {
    return this.formService.deploy(auth, input);
  }

  @Query(() => FormVersionReportModel, { description: 'What deploying this schema would change for stored records, without deploying it (builders)' })
  formDeployPreview(@CurrentAuth() auth: AuthContext, @Args('schema', { type: () => GraphQLJSON }) schema: unknown) {
    return this.formService.previewDeploy(auth, schema);
  }

  @Query(() => [FormModel], { description: 'The latest version of every form' })
  forms(@CurrentAuth() auth: AuthContext) {
    return this.formService.list(auth);
  }

  @Query(() => FormModel, { description: 'One version of a form; the latest when version is omitted' })
  form(@CurrentAuth() auth: AuthContext, @Args('formKey') formKey: string, @Args('version', { type: () => Int, nullable: true }) version?: number) {
    return this.formService.get(auth, formKey, version);
  }
}
