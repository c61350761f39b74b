import { describe, it } from 'node:test';

import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';

import rule from './graphql-resolvers-should-be-guarded.js';

// RuleTester groups its cases with whatever describe/it it is given; hand it node:test's.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const ruleTester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
});

const unguarded = (name) => ({ messageId: 'unguarded', data: { name } });

ruleTester.run('graphql-resolvers-should-be-guarded', rule, {
  valid: [
    {
      name: 'guard on the method',
      code: `
        @Resolver()
        class FormResolver {
          @UseGuards(AuthGuard)
          @Query(() => [Form])
          forms() { return []; }
        }`,
    },
    {
      name: 'guard on the class covers every method, exported class',
      code: `
        @Resolver(() => Task)
        @UseGuards(AuthGuard, WorkspaceGuard)
        export class TaskResolver {
          @Query(() => [Task]) tasks() { return []; }
          @Mutation(() => Task) completeTask(@Args('id') id: string) { return id; }
          @Subscription(() => Task) taskChanged() { return null; }
          @ResolveField(() => String) assignee() { return ''; }
        }`,
    },
    {
      name: 'explicit @Public() on the method',
      code: `
        @Resolver()
        class AuthResolver {
          @Public()
          @Mutation(() => AuthPayload)
          login(@Args('input') input: LoginInput) { return input; }
        }`,
    },
    {
      name: 'namespaced decorators are recognised',
      code: `
        class MeResolver {
          @common.UseGuards(AuthGuard)
          @graphql.Query(() => Me)
          me() { return null; }
        }`,
    },
    {
      name: 'methods without a resolver decorator are ignored',
      code: `
        @Resolver()
        class RecordResolver {
          constructor(private readonly records: RecordService) {}
          helper() { return 1; }
          @Field() label() { return ''; }
        }`,
    },
    {
      name: 'custom guard decorator through options',
      code: `
        class ProcessResolver {
          @Authenticated()
          @Query(() => [ProcessDefinition])
          processDefinitions() { return []; }
        }`,
      options: [{ guardDecorators: ['UseGuards', 'Authenticated'] }],
    },
    {
      name: 'guard on an anonymous class expression',
      code: `
        const R = @UseGuards(AuthGuard) class {
          @Query(() => String) hello() { return 'hi'; }
        };`,
    },
  ],
  invalid: [
    {
      name: 'query without any guard',
      code: `
        @Resolver()
        class FormResolver {
          @Query(() => [Form])
          forms() { return []; }
        }`,
      errors: [unguarded('forms')],
    },
    {
      name: 'every resolver kind is checked and each method is named',
      code: `
        @Resolver(() => Task)
        export class TaskResolver {
          @Query(() => [Task]) tasks() { return []; }
          @Mutation(() => Task) async completeTask() { return null; }
          @Subscription(() => Task) taskChanged() { return null; }
          @ResolveField('assignee', () => String) assignee() { return ''; }
        }`,
      errors: [unguarded('tasks'), unguarded('completeTask'), unguarded('taskChanged'), unguarded('assignee')],
    },
    {
      name: 'bare decorator without call',
      code: `
        class R {
          @Query
          hello() { return 'hi'; }
        }`,
      errors: [unguarded('hello')],
    },
    {
      name: '@Public() on the class does not open its methods',
      code: `
        @Public()
        @Resolver()
        class R {
          @Mutation(() => Boolean) deleteEverything() { return true; }
        }`,
      errors: [unguarded('deleteEverything')],
    },
    {
      name: 'empty @UseGuards() guards nothing',
      code: `
        @UseGuards()
        class R {
          @UseGuards()
          @Query(() => String) hello() { return 'hi'; }
        }`,
      errors: [unguarded('hello')],
    },
    {
      name: 'a guard on another method does not count',
      code: `
        class R {
          @UseGuards(AuthGuard)
          @Query(() => String) guarded() { return 'a'; }
          @Query(() => String) open() { return 'b'; }
        }`,
      errors: [unguarded('open')],
    },
    {
      name: 'guard on an outer class does not cover a nested class',
      code: `
        @UseGuards(AuthGuard)
        class Outer {
          make() {
            return class Inner {
              @Query(() => String) leaked() { return 'x'; }
            };
          }
        }`,
      errors: [unguarded('leaked')],
    },
    {
      name: 'string-literal method name is reported as written',
      code: `
        class R {
          @Query(() => String) 'quoted-name'() { return 'x'; }
        }`,
      errors: [unguarded('quoted-name')],
    },
  ],
});
